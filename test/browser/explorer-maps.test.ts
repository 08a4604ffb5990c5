/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate callbacks reach the explorer's Cytoscape instance, which has no types on this side */
/**
 * The explorer with more than one map: the picker lists the maps the reader may see with their
 * size and last change; the chosen map is in the URL, and every view (overview, full map,
 * search, live changes, downloads) shows that map and nothing of another.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { REPO_ROOT } from '../../src/config.js';
import { browserWithPage, CHROMIUM, shoot, waitForMap } from '../support/explorer-page.js';
import { startTestService, type TestService } from '../support/service.js';

const POLICY = 'claim:us-should-send-convicted-citizens-to-el-salvador';
const KEY = 'maps-key-0123456789';
const SECOND = 'map:four-day-week';

interface MapRow {
  id: string;
  name: string;
  claimCount: number;
  argumentCount: number;
}

describe('the explorer with several maps', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** The claims made in the second map. */
  const ours: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await t.gql<T>(query, variables, KEY);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!;
  };
  const createClaim = async (mapId: string, text: string) =>
    (
      await gql<{ createClaim: { id: string } }>(
        'mutation ($mapId: ID, $input: CreateClaimInput!) { createClaim(mapId: $mapId, input: $input) { id } }',
        { mapId, input: { text, kind: 'FACTUAL' } },
      )
    ).createClaim.id;
  const maps = async () =>
    (
      await gql<{ maps: { edges: { node: MapRow }[] } }>('{ maps(first: 100) { edges { node { id name claimCount argumentCount } } } }')
    ).maps.edges.map((e) => e.node);
  const picker = (page: Page) =>
    page.$$eval('#map-picker option', (options) =>
      (options as HTMLOptionElement[]).map((o) => ({ id: o.value, text: o.textContent ?? '', selected: o.selected })),
    );
  const overviewClaims = (page: Page) =>
    page.$$eval('#overview .card[data-claim]', (cards) => [...new Set(cards.map((c) => (c as HTMLElement).dataset.claim!))].sort());
  const mapParam = (page: Page) => new URL(page.url()).searchParams.get('map');

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
    t = await startTestService({ seed: true, apiKeys: [`maps:${KEY}`], env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' } });
    const { createMap } = await gql<{ createMap: { id: string } }>(
      'mutation ($input: CreateMapInput!) { createMap(input: $input) { id } }',
      { input: { name: 'A four-day working week', description: 'Whether employers should move to 32 hours.', slug: 'four-day-week' } },
    );
    assert.equal(createMap.id, SECOND);
    ours.push(
      await createClaim(SECOND, 'A four-day working week keeps output level.'),
      await createClaim(SECOND, 'Trials at sixty firms kept their revenue with fewer hours.'),
    );
    await gql('mutation ($mapId: ID, $input: CreateArgumentInput!) { createArgument(mapId: $mapId, input: $input) { id } }', {
      mapId: SECOND,
      input: { kind: 'SUPPORT', premiseIds: [ours[1]], conclusionId: ours[0] },
    });
    ours.sort();
    ({ browser, page } = await browserWithPage(problems));
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the maps the reader may see with their claims, arguments and last change, and names the current one in the header', async () => {
    // A view of the seed debate with a root, a filter, a selection and a past revision: a switch clears them.
    await page.goto(
      `${t.url}/?view=map&root=${encodeURIComponent(POLICY)}&actor=actor%3Aamanda-frost&selected=${encodeURIComponent(POLICY)}&revision=1`,
    );
    await page.waitForSelector('#past-banner:not([hidden])');
    await page.waitForSelector(`#map-picker option[value="${SECOND}"]`, { state: 'attached' });
    const listed = await picker(page);
    const api = await maps();
    assert.deepEqual(listed.map((o) => o.id).sort(), api.map((m) => m.id).sort(), 'every map, and nothing else');
    assert.ok(api.length >= 2);
    for (const map of api) {
      const text = listed.find((o) => o.id === map.id)!.text;
      assert.ok(text.startsWith(map.name), text);
      assert.match(text, new RegExp(`\\b${map.claimCount} claims?, ${map.argumentCount} arguments?, changed \\S`), text);
    }
    const second = api.find((m) => m.id === SECOND)!;
    assert.deepEqual([second.claimCount, second.argumentCount], [2, 1]);
    assert.equal(listed.find((o) => o.selected)?.id, 'map:default');
    const seed = api.find((m) => m.id === 'map:default')!;
    assert.ok(seed.claimCount > 2);
    assert.equal(await page.textContent('#map-name'), seed.name);
    assert.match(await page.title(), new RegExp(seed.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // A labelled select: its label names it for assistive technology.
    assert.equal(await page.$eval('#map-picker', (el) => (el as HTMLSelectElement).labels[0]?.textContent?.trim()), 'Map');
    assert.equal(mapParam(page), null, 'map:default is the URL without map=');
  });

  it('choosing a map by keyboard shows only its claims, clears the view and puts the map in the URL', async () => {
    await page.focus('#map-picker');
    // The maps are listed by id: the second map follows map:default.
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('map-name')?.textContent === 'A four-day working week');
    await page.waitForFunction(() => document.querySelectorAll('#overview .card[data-claim]').length > 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'map-picker', 'focus stays on the picker');
    assert.deepEqual(await overviewClaims(page), ours);
    assert.doesNotMatch((await page.textContent('#overview')) ?? '', /citizens|El Salvador/);
    // The view is that map's overview, with nothing of the seed's view left: only map= is in the URL.
    assert.equal(new URL(page.url()).search, `?map=${encodeURIComponent(SECOND)}`);
    assert.equal(await page.getAttribute('#tab-overview', 'aria-selected'), 'true');
    assert.equal(await page.$eval('#past-banner', (el) => (el as HTMLElement).hidden), true);
    assert.equal(await page.$eval('#filter-actor', (el) => (el as HTMLSelectElement).value), '');
    assert.match((await page.textContent('#panel')) ?? '', /Choose a claim/);
    const view = await page.evaluate(() => {
      const v = (window as any).argmap.view;
      return { map: v.map, root: v.root, selected: v.selected, revision: v.revision, actor: v.actor };
    });
    assert.deepEqual(view, { map: SECOND, root: null, selected: null, revision: null, actor: '' });

    // The full map draws this map's claims and none of the seed's.
    await page.click('#tab-map');
    await waitForMap(page);
    const drawnClaims = await page.evaluate(() =>
      (window as any).argmap.cy
        .nodes('[type = "Claim"]')
        .map((n: any) => n.id())
        .sort(),
    );
    assert.deepEqual(drawnClaims, ours);
    await shoot(page, 'explorer-second-map.png');

    // Search finds this map's words, not the seed's.
    await page.fill('#search', 'revenue');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#search-summary');
    assert.ok(await page.$(`#search-results button[data-land="${ours.find((id) => id.includes('trials'))}"]`));
    await page.fill('#search', 'citizens');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => /Nothing found/.test(document.getElementById('search-summary')?.textContent ?? ''));
  });

  it('downloads the map shown (GET /export?mapId=), and nothing of another', async () => {
    const href = await page.getAttribute('#download-json', 'href');
    assert.equal(new URL(href!, t.url).searchParams.get('mapId'), SECOND);
    const exported = await (await fetch(new URL(href!, t.url))).text();
    for (const id of ours) assert.ok(exported.includes(id), `${id} in the download`);
    assert.ok(!exported.includes(POLICY), 'nothing of the seed in the download');
  });

  it('follows live changes of the map shown, and of no other', async () => {
    await page.waitForFunction(() => document.getElementById('live-state')?.textContent === 'live');
    const elsewhere = await createClaim('map:default', 'A claim written in the seed debate meanwhile.');
    const here = await createClaim(SECOND, 'Staff on four days took fewer sick days.');
    await page.locator(`#activity-list a[data-node="${here}"]`).waitFor({ timeout: 15_000 });
    // The overview (behind its tab) lists it: it is joined to nothing, so the full map, drawn around the first claim, does not.
    await page.waitForSelector(`#overview .card[data-claim="${here}"]`, { state: 'attached', timeout: 15_000 });
    const shown = await page.evaluate(() => (window as any).argmap.seen.flatMap((c: { ids: string[] }) => c.ids));
    assert.ok(!shown.includes(elsewhere), 'a change to another map is not shown');
    ours.push(here);
    ours.sort();
  });

  it('keeps the map when the URL is opened again', async () => {
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#overview .card[data-claim]').length > 0);
    assert.equal(mapParam(page), SECOND);
    assert.equal(await page.textContent('#map-name'), 'A four-day working week');
    assert.equal(await page.$eval('#map-picker', (el) => (el as HTMLSelectElement).value), SECOND);
    assert.deepEqual(await overviewClaims(page), ours);
    const option = (await picker(page)).find((o) => o.id === SECOND)!;
    assert.match(option.text, /3 claims, 1 argument,/, 'the picker counts the claim added meanwhile');
  });

  it('switching back shows the seed debate again, and live changes follow it', async () => {
    await page.selectOption('#map-picker', 'map:default');
    await page.waitForSelector('#overview .column.pro .card');
    assert.match((await page.textContent('#overview-question')) ?? '', /citizens/);
    assert.equal(mapParam(page), null);
    const claims = await overviewClaims(page);
    assert.ok(!claims.some((id) => ours.includes(id)), 'none of the second map’s claims');
    await page.waitForFunction(() => document.getElementById('live-state')?.textContent === 'live');
    const here = await createClaim('map:default', 'Another claim written in the seed debate.');
    await page.locator(`#activity-list a[data-node="${here}"]`).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('#activity-list li').count(), 1, 'the list starts again with the map');
  });

  it('says so when the URL names a map there is none of', async () => {
    await page.goto(`${t.url}/?map=map%3Ano-such-map`);
    await page.waitForFunction(() => /no map map:no-such-map/i.test(document.getElementById('overview')?.textContent ?? ''));
    assert.equal(await page.textContent('#map-name'), 'No map map:no-such-map');
  });

  it('has no serious or critical accessibility violations (axe-core) with the picker, and no page errors', async () => {
    await page.goto(`${t.url}/?map=${encodeURIComponent(SECOND)}`);
    await page.waitForSelector('#map-picker option[value="map:default"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('#overview .card[data-claim]').length > 0);
    await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const bad = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: any) => ({ id: v.id, target: v.nodes[0]?.target?.join(' ') }));
    });
    assert.deepEqual(bad, []);
    assert.deepEqual(problems, []);
  });
});
