import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../../domain/validation.js';

/**
 * The cost of an operation: how many values its answer can hold at most.
 *
 * - a scalar or enum field costs 1, an object field 1 plus what it selects;
 * - a field that takes `first` (or `last`) multiplies its cost by that page size, whether it is
 *   written in the query or passed as a variable; left out, the default page size counts (20);
 *   a list without a page size multiplies by UNPAGED_LIST_ITEMS; nested lists multiply each other;
 * - fragments cost what they select, where they are spread (once per selection, as execution
 *   collects them); introspection costs nothing.
 */
/**
 * How many items a list without a page size counts. The seed debate's lists hold 1.1 to 7 items
 * on average per node that has any (assertions per claim 1.36, per actor 7.0; citations per claim
 * 1.26; arguments per premise 1.12), so 5 errs on the high side for most of them. Such lists hold
 * at most NODE_LIST_MAX (100) items; their connection fields (`assertionsConnection`...) count by
 * their `first`/`last` instead.
 */
export const UNPAGED_LIST_ITEMS = 5;

export interface CostedField {
  /** `claims`, `Claim.assertions`...: where the page size is set. */
  path: string;
  pageSize: number;
  /** What the operation would cost with this field's page size at 0. */
  costWithoutIt: number;
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaults: Map<string, ValueNode>;
  schema: GraphQLSchema;
  /** The fields met that take a page size, with their path and the page size asked for. */
  paged: Map<FieldNode, { path: string; pageSize: number }>;
  /** A page size to assume instead of the one asked for (to see what one field weighs). */
  override: { node: FieldNode; pageSize: number } | null;
  /**
   * What each fragment's selection costs, by fragment and connection page: a fragment is priced
   * once per pass however often it is spread, so pricing is linear in the document's size (without
   * it, fragments spread n times at d levels of nesting are walked n^d times).
   */
  fragmentCosts: Map<string, number>;
}

function intOf(value: ValueNode | undefined, walk: Walk): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind === Kind.VARIABLE) {
    const given = walk.variables[value.name.value];
    if (typeof given === 'number' && Number.isInteger(given)) return given;
    if (given === undefined || given === null) return intOf(walk.defaults.get(value.name.value), walk);
  }
  return null;
}

/** The page size a field asks for, or null for a field that takes none. */
function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>, walk: Walk): number | null {
  const arg = field.args.find((a) => a.name === 'first') ?? field.args.find((a) => a.name === 'last');
  if (!arg) return null;
  if (walk.override?.node === node) return walk.override.pageSize;
  const given = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  const fallback = typeof arg.defaultValue === 'number' ? arg.defaultValue : PAGE_SIZE_DEFAULT;
  return Math.max(0, intOf(given?.value, walk) ?? fallback);
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection');

/**
 * What a selection set on `type` costs. `edgePage` is the page size of the connection whose
 * fields these are: its `edges` (or `nodes`) count that many items.
 */
function selectionCost(
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  walk: Walk,
  path: string,
  edgePage: number | null,
  seen: ReadonlySet<string>,
  /** The fragments already spread into this selection: as in execution, a second spread adds nothing. */
  spread: Set<string> = new Set(),
): number {
  if (!set) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      cost += selectionCost(selection.selectionSet, on ?? type, walk, path, edgePage, seen, spread);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || seen.has(name) || spread.has(name)) continue;
      spread.add(name);
      const key = `${name}@${edgePage ?? ''}`;
      let fragmentCost = walk.fragmentCosts.get(key);
      if (fragmentCost === undefined) {
        const on = walk.schema.getType(fragment.typeCondition.name.value) ?? type;
        fragmentCost = selectionCost(fragment.selectionSet, on, walk, path, edgePage, new Set([...seen, name]));
        walk.fragmentCosts.set(key, fragmentCost);
      }
      cost += fragmentCost;
      continue;
    }
    const name = selection.name.value;
    if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue; // introspection, __typename
    const field = type.getFields()[name];
    if (!field) continue; // validation reports it
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      cost += 1;
      continue;
    }
    const fieldPath = path ? `${path}.${name}` : name;
    const pageSize = pageSizeOf(selection, field, walk);
    if (pageSize !== null && !walk.paged.has(selection)) walk.paged.set(selection, { path: fieldPath, pageSize });
    const inner = pageSize !== null && isConnection(named) ? pageSize : null;
    const own = 1 + selectionCost(selection.selectionSet, named, walk, fieldPath, inner, seen);
    let items = 1;
    if (pageSize !== null) items = isConnection(named) ? 1 : pageSize;
    else if (isListType(getNullableType(field.type))) items = isConnection(type) ? (edgePage ?? UNPAGED_LIST_ITEMS) : UNPAGED_LIST_ITEMS;
    cost += own * items;
  }
  return cost;
}

export interface OperationCost {
  cost: number;
  /** Fields that take a page size of 2 or more, the one that weighs most first. */
  fields: CostedField[];
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, fields: [] };
  const walk: Walk = {
    schema,
    fragments: new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    ),
    variables,
    defaults: new Map(
      (operation.variableDefinitions ?? []).flatMap((d) => (d.defaultValue ? [[d.variable.name.value, d.defaultValue] as const] : [])),
    ),
    paged: new Map(),
    override: null,
    fragmentCosts: new Map(),
  };
  const total = () => {
    walk.fragmentCosts.clear();
    return selectionCost(operation.selectionSet, root, walk, '', null, new Set());
  };
  const cost = total();
  const fields: CostedField[] = [];
  for (const [node, { path, pageSize }] of [...walk.paged]) {
    if (pageSize < 2) continue;
    walk.override = { node, pageSize: 0 };
    fields.push({ path, pageSize, costWithoutIt: total() });
  }
  fields.sort((a, b) => a.costWithoutIt - b.costWithoutIt);
  return { cost, fields };
}

const format = (n: number) => n.toLocaleString('en-US');

/** What to say when an operation costs more than the limit: by how much, and which page size to lower to what. */
export function tooCostlyMessage({ cost, fields }: OperationCost, limit: number): string {
  const parts = [
    `This query could return up to ${format(cost)} values, more than the ${format(limit)} allowed (${(cost / limit).toFixed(1)} times the limit).`,
  ];
  const heaviest = fields[0];
  if (heaviest) {
    const perItem = (cost - heaviest.costWithoutIt) / heaviest.pageSize;
    // No page is larger than PAGE_SIZE_MAX, whatever the cost would allow.
    const fits = Math.min(PAGE_SIZE_MAX, Math.floor((limit - heaviest.costWithoutIt) / perItem));
    parts.push(
      fits >= 1
        ? `Each of the ${heaviest.pageSize} items that \`${heaviest.path}\` asks for costs ${format(Math.ceil(perItem))}: ask for at most ${fits} (\`first: ${fits}\`) and page with \`after\`, or select fewer fields inside it.`
        : `\`${heaviest.path}\` multiplies what it selects by ${heaviest.pageSize}, and even one item of it is too many here: select fewer fields inside it or split the query.`,
    );
  } else {
    parts.push('Select fewer fields, or split the query in several.');
  }
  return parts.join(' ');
}

/**
 * Refuses operations whose cost (see above) exceeds `limit`, with QUERY_TOO_COMPLEX and a way to fix
 * them. Checked before execution rather than as a validation rule because the variables count and
 * validation results are cached by document.
 */
export function queryCostPlugin(limit: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const measured = operationCost(args.schema, args.document, operation, args.variableValues ?? {});
      if (measured.cost <= limit) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(tooCostlyMessage(measured, limit), {
            nodes: [operation],
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: measured.cost, limit, http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
