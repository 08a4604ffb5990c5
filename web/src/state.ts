/**
 * What the explorer shows, in one place, mirrored in the page's URL so a view can be shared:
 * `?map=map:slug` (absent for `map:default`), then `?view=map&root=claim:x&depth=3&actor=...&provision=...&stance=PRO&group=source&semantics=PREFERRED&selected=...`,
 * `?view=chains&from=claim:a&to=claim:b` (the chains between two claims) or `?view=chains&why=claim:a` (a justification).
 */
import type { Semantics } from './generated/graphql.js';

export const SEMANTICS: Semantics[] = ['GROUNDED', 'COMPLETE', 'PREFERRED', 'STABLE'];

/** How the full map boxes its claims: not at all, by the side of the issue they serve, or by source. */
export type Grouping = '' | 'stance' | 'source';
const GROUPINGS: Grouping[] = ['', 'stance', 'source'];

/** The map a URL without `map=` shows: the seed debate, as the API's `mapId` defaults to it. */
export const DEFAULT_MAP = 'map:default';

export interface ViewState {
  /** The map every view reads and writes (`mapId` of each operation). */
  map: string;
  view: 'overview' | 'map' | 'chains';
  /** The node the map is drawn around; null for the issue. */
  root: string | null;
  depth: number;
  actor: string;
  provision: string;
  stance: string;
  satellites: boolean;
  group: Grouping;
  semantics: Semantics;
  selected: string | null;
  /** The revision shown; null for the present. */
  revision: number | null;
  excludeActors: string[];
  excludeSources: string[];
  /** The claim chains start from (the chains view). */
  from: string | null;
  /** The claim chains end at. */
  to: string | null;
  /** The claim whose justification is drawn (the chains view, instead of chains). */
  why: string | null;
}

export const DEFAULT_DEPTH = 4;

export function readUrl(search = location.search): ViewState {
  const params = new URLSearchParams(search);
  const semantics = params.get('semantics') as Semantics | null;
  const number = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    map: params.get('map') || DEFAULT_MAP,
    view:
      params.get('view') === 'chains'
        ? 'chains'
        : params.get('view') === 'map' || (params.has('root') && params.get('view') !== 'overview')
          ? 'map'
          : 'overview',
    root: params.get('root'),
    depth: Math.min(6, number('depth') ?? DEFAULT_DEPTH),
    actor: params.get('actor') ?? '',
    provision: params.get('provision') ?? '',
    stance: params.get('stance') ?? '',
    satellites: params.get('satellites') === '1',
    group: GROUPINGS.find((g) => g && g === params.get('group')) ?? '',
    semantics: semantics && SEMANTICS.includes(semantics) ? semantics : 'GROUNDED',
    selected: params.get('selected'),
    revision: number('revision'),
    excludeActors: list('excludeActors'),
    excludeSources: list('excludeSources'),
    from: params.get('from'),
    to: params.get('to'),
    why: params.get('why'),
  };
}

export const view: ViewState = readUrl();

/** Writes the view into the URL (replacing the history entry: the back button leaves the explorer). */
export function writeUrl(): void {
  const params = new URLSearchParams();
  if (view.map !== DEFAULT_MAP) params.set('map', view.map);
  if (view.view !== 'overview') params.set('view', view.view);
  if (view.root) params.set('root', view.root);
  if (view.depth !== DEFAULT_DEPTH) params.set('depth', String(view.depth));
  for (const name of ['actor', 'provision', 'stance'] as const) if (view[name]) params.set(name, view[name]);
  if (view.satellites) params.set('satellites', '1');
  if (view.group) params.set('group', view.group);
  if (view.semantics !== 'GROUNDED') params.set('semantics', view.semantics);
  if (view.selected) params.set('selected', view.selected);
  if (view.revision !== null) params.set('revision', String(view.revision));
  if (view.excludeActors.length) params.set('excludeActors', view.excludeActors.join(','));
  if (view.excludeSources.length) params.set('excludeSources', view.excludeSources.join(','));
  for (const name of ['from', 'to', 'why'] as const) {
    const value = view[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Clears what belongs to one map (root, selection, revision, filters, scenario, chain ends) and shows another's overview. */
export function enterMap(map: string): void {
  const fresh = readUrl(map === DEFAULT_MAP ? '' : `?map=${encodeURIComponent(map)}`);
  // How the reader likes to look (semantics, depth, grouping, satellites) is not the map's: it stays.
  Object.assign(view, fresh, { semantics: view.semantics, depth: view.depth, group: view.group, satellites: view.satellites });
  writeUrl();
}

/** A link to a node of the current map (the `href` behind links the explorer handles itself, for a new tab). */
export function nodeHref(id: string): string {
  const params = new URLSearchParams();
  if (view.map !== DEFAULT_MAP) params.set('map', view.map);
  params.set('root', id);
  return `?${params.toString()}`;
}

/** The what-if the verdicts are computed under (null when nothing is set aside). */
export function scenario(): { excludeActorIds?: string[]; excludeSourceIds?: string[] } | null {
  if (!view.excludeActors.length && !view.excludeSources.length) return null;
  return {
    ...(view.excludeActors.length ? { excludeActorIds: view.excludeActors } : {}),
    ...(view.excludeSources.length ? { excludeSourceIds: view.excludeSources } : {}),
  };
}
