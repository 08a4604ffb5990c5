/**
 * The map picker: the maps the reader may see (`Query.maps`), each with its size and last change,
 * and, where the reader has one, their role there, in a labelled select; the current map's name in the header. Choosing one asks main.ts to open
 * it (actions.openMap), which scopes every view to it.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, status } from './dom.js';
import type { MapsQuery } from './generated/graphql.js';
import { MAP, MAPS } from './operations.js';
import { view } from './state.js';

/** Pages of 100 maps read at most (the select stays usable; the rest are reached by URL). */
const MAX_PAGES = 20;

/** A map as the picker lists it. */
type MapSummary = MapsQuery['maps']['edges'][number]['node'];

const known = new Map<string, MapSummary>();

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A map's size and last change, as the picker and the header say them. */
function mapSize(map: MapSummary): string {
  return `${plural(map.claimCount, 'claim')}, ${plural(map.argumentCount, 'argument')}, changed ${when.format(new Date(map.updatedAt))}`;
}

/** Who may read the map and what the reader may do there: `private, editor`. */
function access(map: MapSummary): string {
  return [map.visibility === 'PRIVATE' ? 'private' : '', map.myRole ? `you: ${map.myRole.toLowerCase()}` : ''].filter(Boolean).join(', ');
}

function option(map: MapSummary): HTMLOptionElement {
  const more = access(map);
  const item = new Option(`${map.name} (${mapSize(map)})${more ? ` [${more}]` : ''}`, map.id);
  item.dataset.role = map.myRole ?? '';
  item.dataset.claims = String(map.claimCount);
  item.dataset.arguments = String(map.argumentCount);
  if (map.description) item.title = map.description;
  return item;
}

/** Lists the maps in the picker, the current one chosen (added on its own when it is not among them). */
function render(): void {
  const select = $<HTMLSelectElement>('map-picker');
  const options = [...known.values()].map(option);
  if (!known.has(view.map)) options.unshift(new Option(view.map, view.map));
  select.replaceChildren(...options);
  select.value = view.map;
}

/** Reads every map the reader may see into the picker (again after signing in or out: only those). */
export async function loadMaps(): Promise<void> {
  let after: string | null = null;
  const found: MapSummary[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { maps }: MapsQuery = await gql(MAPS, { after }, { anyMap: true });
    found.push(...maps.edges.map((edge) => edge.node));
    if (!maps.pageInfo.hasNextPage) break;
    after = maps.pageInfo.endCursor ?? null;
  }
  known.clear();
  for (const map of found) known.set(map.id, map);
  render();
}

/** Shows the current map (null: there is none by the URL's id, or the reader may not see it) in the header and the picker. */
export function showMap(map: MapSummary | null): void {
  if (map) known.set(map.id, map);
  const name = map?.name ?? `No map ${view.map}`;
  const heading = $('map-name');
  heading.textContent = name;
  heading.title = map ? `${name}: ${mapSize(map)}` : name;
  document.title = `${name} · argmap explorer`;
  render();
}

/** Reads the current map again (its size and last change after a change). */
export async function refreshMap(): Promise<void> {
  const { map } = await gql(MAP, { id: view.map });
  showMap(map ?? null);
}

export function setupMaps(): void {
  const select = $<HTMLSelectElement>('map-picker');
  select.addEventListener('change', () => {
    const id = select.value;
    if (!id || id === view.map) return;
    status(`Opening ${known.get(id)?.name ?? id}…`);
    void actions.openMap(id).catch((e: Error) => status(`Could not open the map: ${e.message}`));
  });
}
