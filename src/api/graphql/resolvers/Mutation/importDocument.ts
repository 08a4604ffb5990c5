import type { MutationResolvers } from '../../../../generated/graphql.js';
import { invalid } from '../../../../domain/errors.js';
import { requiredText } from '../../../../domain/validation.js';
import { InterchangeError, Tally } from '../../../../interchange/common.js';
import { convertText } from '../../../../interchange/files.js';
import { GraphDocumentError, parseGraphDocument } from '../../document-input.js';
import { withInputFields } from '../../input-fields.js';

export const importDocument: MutationResolvers['importDocument'] = async (_parent, { input }, ctx, info) => {
  const sourceName = requiredText(input.source ?? 'Imported map', 'input.source', 'title');
  const mapName = requiredText(input.map ?? 'map', 'input.map', 'title');
  let parsed: ReturnType<typeof parseGraphDocument>;
  let skipped = new Tally();
  try {
    if (input.format === 'JSON') {
      parsed = parseGraphDocument(JSON.parse(input.content), info.schema, 'input.content');
    } else {
      const converted = convertText(input.content, input.format === 'AIF' ? 'aif' : 'argdown', {
        sourceName,
        mapName,
        sourcePerMap: false,
        sourceKind: input.sourceKind ?? 'REPORT',
        origin: 'input.content',
      });
      skipped = converted.skipped;
      parsed = parseGraphDocument(converted.doc, info.schema, 'input.content');
    }
  } catch (error) {
    if (error instanceof InterchangeError || error instanceof GraphDocumentError || error instanceof SyntaxError) {
      throw invalid('input.content', error.message);
    }
    throw error;
  }
  const result = await withInputFields(parsed.external, () => ctx.repos.graphImport.importGraph(parsed));
  const { doc } = parsed;
  return {
    result,
    claims: doc.claims.length,
    arguments: doc.arguments.length,
    assertions: doc.assertions.length,
    actors: doc.actors.length,
    skipped: Object.entries(skipped.toJSON()).map(([reason, count]) => ({ reason, count })),
  };
};
