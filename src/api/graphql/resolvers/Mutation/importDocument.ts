import type { MutationResolvers } from '../../../../generated/graphql.js';
import { requiredText } from '../../../../domain/validation.js';
import { Tally } from '../../../../interchange/common.js';
import { convertText } from '../../../../interchange/files.js';
import { parseGraphDocument, parseGraphDocumentText } from '../../document-input.js';
import { withInputFields } from '../../input-fields.js';

/** A document that cannot be read, or breaks a rule, is refused as invalid `input.content` (its errors are domain errors). */
export const importDocument: MutationResolvers['importDocument'] = async (_parent, { mapId, input }, ctx, info) => {
  const map = await ctx.maps.open(mapId);
  const sourceName = requiredText(input.source ?? 'Imported map', 'input.source', 'title');
  const mapName = requiredText(input.map ?? 'map', 'input.map', 'title');
  const origin = 'input.content';
  let parsed: ReturnType<typeof parseGraphDocument>;
  let skipped = new Tally();
  if (input.format === 'JSON') {
    parsed = parseGraphDocumentText(input.content, info.schema, origin);
  } else {
    const converted = convertText(input.content, input.format === 'AIF' ? 'aif' : 'argdown', {
      sourceName,
      mapName,
      sourcePerMap: false,
      sourceKind: input.sourceKind ?? 'REPORT',
      origin,
    });
    skipped = converted.skipped;
    parsed = parseGraphDocument(converted.doc, info.schema, origin);
  }
  const result = await withInputFields(parsed.external, () => map.repos.graphImport.importGraph(parsed));
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
