/**
 * "Map a text" in the explorer, in real headless Chromium: a transcript pasted into an empty map
 * is shown with each proposed quote marked and its speaker beside it; the proposals are accepted
 * (as proposed, and edited) and rejected with the keyboard and the mouse; what is accepted appears
 * on the map through the live changes; axe-core finds no serious or critical violation.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { REPO_ROOT } from '../../src/config.js';
import { nameScore } from '../../src/text/proposals/speakers.js';
import { browserWithPage, CHROMIUM, shoot } from '../support/explorer-page.js';
import { startTestService, type TestService } from '../support/service.js';

const KEY = 'propose-key-0123456789';
const SEEDS_DIR = process.env.ARGMAP_SEEDS_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
/** The seed text pasted whole, and the source it is in the seed debate. */
const SEED_SOURCE = 'source:abc-news-homegrown-criminals';
const MAP = 'map:town-hall';
const TRANSCRIPT = `Town hall meeting on the Quillon ferry, 12 May 2025.

ANNA BERG: The Quillon ferry must keep running all winter, because the island has no other link to the hospital.
PETER HOLM: Running the Quillon ferry all winter costs the town twice what the summer service earns.
ANNA BERG: The regional government has offered to pay for the winter crossings.
PETER HOLM: The winter storms make the crossing unsafe on most days in January.
`;

interface ItemRow {
  id: string;
  status: string;
  quote: string;
}

describe('the explorer maps a new text', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await t.gql<T>(query, variables, KEY);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!;
  };
  /** The items of the map's one proposal, as the API has them. */
  const items = async () =>
    (
      await gql<{ proposals: { edges: { node: { items: ItemRow[] } }[] } }>(
        `query ($m: ID) { proposals(mapId: $m) { edges { node { items { id status quote } } } } }`,
        { m: MAP },
      )
    ).proposals.edges[0]!.node.items;
  const statusOf = (page: Page, n: number) => page.getAttribute(`#propose-item-${n}`, 'class');
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.id);

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
    t = await startTestService({ apiKeys: [`propose:${KEY}`], env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' } });
    await gql(`mutation { createMap(input: { name: "Town hall", slug: "town-hall" }) { id } }`);
    ({ browser, page } = await browserWithPage(problems));
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}`);
    await page.evaluate((key) => sessionStorage.setItem('argmap.token', key), KEY);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('map-name')?.textContent === 'Town hall');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens from the header, reads a pasted transcript and marks each proposed quote with its speaker', async () => {
    await page.focus('#open-propose');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#propose-view:not([hidden])');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'propose-title', 'focus moves into the view');
    assert.equal(await page.getAttribute('#open-propose', 'aria-expanded'), 'true');
    // A file chosen fills the text, says whether it is HTML and names the source after it.
    await page.setInputFiles('#propose-file', {
      name: 'ferry-hearing.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<p>ANNA BERG: Hello.</p>'),
    });
    await page.waitForFunction(() => (document.getElementById('propose-text') as HTMLTextAreaElement).value.includes('<p>ANNA BERG'));
    assert.equal(await page.isChecked('#propose-html'), true);
    assert.equal(await page.inputValue('#propose-source-title'), 'ferry-hearing');
    await page.uncheck('#propose-html');
    await page.fill('#propose-text', TRANSCRIPT);
    await page.fill('#propose-source-title', 'Quillon ferry town hall');
    await page.focus('#propose-submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#propose-marked mark');
    const proposed = await items();
    assert.ok(proposed.length >= 3, `several quotes proposed: ${JSON.stringify(proposed)}`);
    const marks = await page.$$eval('#propose-marked mark', (ms) =>
      ms.map((m) => ({ item: (m as HTMLElement).dataset.item, text: m.textContent, who: m.nextElementSibling?.textContent ?? '' })),
    );
    for (const mark of marks) {
      const item = proposed.find((i) => i.id === mark.item);
      assert.ok(item, `a mark per item: ${mark.item}`);
      assert.equal(mark.text, item.quote, 'the mark holds the quote');
      assert.match(mark.who, /BERG|HOLM|Berg|Holm/i, 'the speaker beside it');
    }
    assert.ok(marks.length >= 3);
    assert.equal(await page.locator('#propose-items > li').count(), proposed.length, 'each proposal listed beside the text');
    assert.equal(await focused(page), 'Accept #1', 'focus waits on the first Accept');
    await shoot(page, 'explorer-propose.png');
  });

  it('accepts and rejects with the keyboard, edits and accepts with the mouse, and the map shows what was accepted', async () => {
    // Keyboard: Enter accepts #1, focus moves on to #2's Accept; Enter again; then Tab to Reject #3 and Enter.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('propose-item-1')?.classList.contains('status-accepted'));
    assert.equal(await focused(page), 'Accept #2');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('propose-item-2')?.classList.contains('status-accepted'));
    assert.equal(await focused(page), 'Accept #3');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'Reject #3');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('propose-item-3')?.classList.contains('status-rejected'));
    assert.match((await statusOf(page, 1)) ?? '', /status-accepted/);

    // Mouse: a fourth item (when there is one) edited, then accepted.
    const all = await items();
    if (all.length >= 4) {
      await page.fill('#propose-speaker-4', 'Councillor Peter Holm');
      await page.fill('#propose-claim-4', 'Winter storms make the Quillon crossing unsafe in January.');
      await page.selectOption('#propose-same-4', '');
      await page.click('#propose-item-4 .propose-accept');
      await page.waitForFunction(() => document.getElementById('propose-item-4')?.classList.contains('status-accepted'));
    }
    const reviewed = await items();
    assert.deepEqual(
      reviewed.slice(0, 3).map((i) => i.status),
      ['ACCEPTED', 'ACCEPTED', 'REJECTED'],
    );
    const { claims } = await gql<{ claims: { edges: { node: { id: string; text: string } }[] } }>(
      `query ($m: ID) { claims(mapId: $m) { edges { node { id text } } } }`,
      { m: MAP },
    );
    assert.equal(claims.edges.length, all.length >= 4 ? 3 : 2, 'one claim per accepted item');
    if (all.length >= 4) {
      assert.ok(claims.edges.some((e) => e.node.text === 'Winter storms make the Quillon crossing unsafe in January.'));
      const { actors } = await gql<{ actors: { edges: { node: { name: string } }[] } }>(
        `query ($m: ID) { actors(mapId: $m) { edges { node { name } } } }`,
        {
          m: MAP,
        },
      );
      assert.ok(
        actors.edges.some((e) => e.node.name === 'Councillor Peter Holm'),
        'the edited speaker is the actor written',
      );
    }
    // The map (its overview, for a map without an issue) shows them once the live change arrives.
    for (const { node } of claims.edges) {
      await page.waitForSelector(`#overview .card[data-claim="${node.id}"]`, { state: 'attached', timeout: 30_000 });
    }
    await page.locator('#activity-list li').first().waitFor({ state: 'attached' });
    assert.match((await page.textContent('#activity-list')) ?? '', /acceptProposedAssertions/);
    await shoot(page, 'explorer-propose-accepted.png');
    assert.deepEqual(problems, []);
  });

  it('has no serious or critical accessibility violations (axe-core) in the view', async () => {
    await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] }); // eslint-disable-line @typescript-eslint/no-explicit-any
      return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        target: v.nodes[0]?.target?.join(' '),
      }));
    });
    const bad = violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, []);
  });
  it('maps a seed text into an empty map: accepted whole, it gives most of the seed’s hand-made assertions with their speakers', async (t0) => {
    const texts = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/seed/texts.json'), 'utf8')) as Record<string, string>;
    const file = path.join(SEEDS_DIR, texts[SEED_SOURCE]!);
    if (!existsSync(file)) {
      t0.skip(`the seed texts are not at ${SEEDS_DIR} (set ARGMAP_SEEDS_DIR)`);
      return;
    }
    const text = readFileSync(file, 'utf8');
    const seed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/seed/debate.json'), 'utf8')) as {
      actors: { id: string; name: string }[];
      sources: { id: string; title: string; publisher?: string; author?: string }[];
      assertions: { actorId: string; sourceId: string; quote: string }[];
    };
    const source = seed.sources.find((s) => s.id === SEED_SOURCE)!;
    const handMade = seed.assertions.filter((a) => a.sourceId === SEED_SOURCE && text.includes(a.quote));
    await gql(`mutation { createMap(input: { name: "One news text", slug: "one-news-text" }) { id } }`);
    await page.goto(`${t.url}/?map=${encodeURIComponent('map:one-news-text')}`);
    await page.waitForFunction(() => document.getElementById('map-name')?.textContent === 'One news text');
    await page.click('#open-propose');
    await page.waitForSelector('#propose-view:not([hidden])');
    await page.fill('#propose-text', text);
    await page.fill('#propose-source-title', source.title);
    await page.fill('#propose-source-publisher', source.publisher ?? '');
    await page.fill('#propose-source-author', source.author ?? '');
    await page.selectOption('#propose-source-kind', 'NEWS');
    await page.click('#propose-submit');
    await page.waitForSelector('#propose-marked mark', { timeout: 60_000 });
    await page.click('#propose-accept-all');
    await page.waitForFunction(() => !document.querySelector('#propose-items .status-pending'), undefined, { timeout: 120_000 });

    const { sources } = await gql<{ sources: { edges: { node: { assertions: { quote: string | null; actor: { name: string } }[] } }[] } }>(
      `query ($m: ID) { sources(mapId: $m) { edges { node { assertions { quote actor { name } } } } } }`,
      { m: 'map:one-news-text' },
    );
    assert.equal(sources.edges.length, 1, 'the source made once');
    const made = sources.edges[0]!.node.assertions;
    /** A quote of the map overlapping the hand-made one by at least half of the shorter, said by an actor of the same name. */
    const found = (h: { actorId: string; quote: string }) => {
      const start = text.indexOf(h.quote);
      const name = seed.actors.find((a) => a.id === h.actorId)!.name;
      return made.some((m) => {
        const at = m.quote ? text.indexOf(m.quote) : -1;
        if (at < 0) return false;
        const overlap = Math.min(start + h.quote.length, at + m.quote!.length) - Math.max(start, at);
        return overlap >= Math.min(h.quote.length, m.quote!.length) / 2 && nameScore(m.actor.name, name) >= 0.85;
      });
    };
    const hits = handMade.filter(found).length;
    process.stderr.write(
      `  ${SEED_SOURCE}: ${hits} of ${handMade.length} hand-made assertions found with their speakers, ${made.length} accepted\n`,
    );
    assert.ok(hits / handMade.length > 0.5, `most of the hand-made assertions: ${hits} of ${handMade.length}`);
    await shoot(page, 'explorer-propose-seed-text.png');
  });
});
