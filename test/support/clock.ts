import type { TestService } from './service.js';

/** Polls the clock until it reads later than `time` (ms since the epoch): a time taken next is strictly after it. */
export async function clockPast(time: number): Promise<void> {
  while (Date.now() <= time) await new Promise((resolve) => setTimeout(resolve, 1));
}

/**
 * A time strictly after the map's newest revision and strictly before any revision made from
 * now on (revisions are stamped by the database on the same clock): what `asOf` names to mean
 * "the map as it is now" once later writes have changed it.
 */
export async function timeBetweenRevisions(t: TestService): Promise<string> {
  const newest = await t.gql<{ revisions: { edges: { node: { at: string } }[] } }>('{ revisions(last: 1) { edges { node { at } } } }');
  if (newest.errors) throw new Error(JSON.stringify(newest.errors));
  const at = newest.data!.revisions.edges[0]?.node.at;
  if (at) await clockPast(Date.parse(at));
  const between = new Date().toISOString();
  await clockPast(Date.parse(between));
  return between;
}
