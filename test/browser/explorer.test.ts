/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate callbacks reach the explorer's Cytoscape instance, which has no types on this side */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { generateDebate } from '../../src/cli/generate.js';
import { clickNode, CHROMIUM, browserWithPage, shoot, statusText, waitForMap } from '../support/explorer-page.js';
import { startTestService, type TestService } from '../support/service.js';

const POLICY = 'claim:us-should-send-convicted-citizens-to-el-salvador';
const EDITOR_KEY = 'editor-key-0123456789';

/** Share of the graph canvas's pixels that something was drawn on (0 for a blank map). */
async function inkedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let inked = 0;
    let total = 0;
    for (const canvas of Array.from(document.querySelectorAll('#graph canvas')) as HTMLCanvasElement[]) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 16) {
        total += 1;
        if (data[i]! > 0) inked += 1;
      }
    }
    return total === 0 ? 0 : inked / total;
  });
}

/** Where a node and its neighbours are drawn, relative to the map's visible area. */
async function placement(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = (window as any).argmap.cy;
    const node = cy.getElementById(nodeId);
    const width = cy.width();
    const height = cy.height();
    let neighboursInView = 0;
    for (const n of node.neighborhood('node').toArray()) {
      const b = n.renderedBoundingBox();
      if (b.x1 >= -1 && b.y1 >= -1 && b.x2 <= width + 1 && b.y2 <= height + 1) neighboursInView += 1;
    }
    const own = node.renderedBoundingBox();
    const p = node.renderedPosition();
    return {
      drawn: node.nonempty(),
      selected: cy.$('node:selected').map((n: any) => n.id()),
      offCentre: Math.hypot(p.x - width / 2, p.y - height / 2),
      neighbours: node.neighborhood('node').length,
      neighboursInView,
      selfInView: own.x1 >= -1 && own.y1 >= -1 && own.x2 <= width + 1 && own.y2 <= height + 1,
    };
  }, id);
}

describe('the explorer in headless Chromium', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
    // A shared machine can be slow: the seed's load gets more than the default 15 s.
    t = await startTestService({ seed: true, apiKeys: [`editor:${EDITOR_KEY}`], env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' } });
    ({ browser, page } = await browserWithPage(problems));
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('is served at / with its content types and caching, GET and HEAD only, nothing outside its folder', async () => {
    const index = await fetch(`${t.url}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const script = /src="(app-[A-Z0-9]{8}\.js)"/.exec(await index.text())?.[1];
    assert.ok(script, 'index.html names a hashed script');
    const asset = await fetch(`${t.url}/${script}`, { method: 'HEAD' });
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await asset.text()).length, 0, 'HEAD has no body');
    for (const bad of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/%E0%A4%A', '/nope.js', '/app.ts']) {
      const response = await fetch(`${t.url}${bad}`);
      assert.equal(response.status, 404, bad);
      await response.arrayBuffer();
    }
    const post = await fetch(`${t.url}/`, { method: 'POST' });
    assert.notEqual(post.status, 200);
    await post.arrayBuffer();
  });

  it('opens on an overview that reads: the issue, its PRO and CON positions as columns of legible cards', async () => {
    await page.goto(`${t.url}/`);
    await page.waitForSelector('#overview .column.pro .card');
    assert.match((await page.textContent('#overview-question')) ?? '', /citizens/);
    const api = await t.gql<{ issues: { edges: { node: { positions: { stance: string }[] } }[] } }>(
      '{ issues(first: 1) { edges { node { positions { stance } } } } }',
    );
    const positions = api.data!.issues.edges[0]!.node.positions;
    for (const stance of ['pro', 'con']) {
      const cards = await page.$$eval(`#overview .column.${stance} > ul.cards > .card`, (nodes) => nodes.length);
      const expected = positions.filter((p) => p.stance === stance.toUpperCase()).length;
      assert.equal(cards, Math.min(expected, 30), `${stance} cards`);
      assert.ok(cards > 0, `${stance} has positions`);
    }
    // Legible at the initial view: real text size, the first cards inside the window, nothing cut.
    const first = await page.$eval('#overview .column.pro .card .claim-text', (el) => {
      const box = el.getBoundingClientRect();
      return {
        size: parseFloat(getComputedStyle(el).fontSize),
        top: box.top,
        bottom: box.bottom,
        clipped: el.scrollWidth > el.clientWidth + 1,
      };
    });
    assert.ok(first.size >= 14, `claim text at ${first.size}px`);
    assert.ok(first.top > 0 && first.bottom < 900, JSON.stringify(first));
    assert.equal(first.clipped, false);
    await page.waitForFunction(() => document.querySelector('#overview [data-verdict-for] .verdict') !== null);
    await shoot(page, 'explorer-overview.png');
    assert.deepEqual(problems, []);
  });

  it('a position opens into its supporting and attacking arguments, and those into theirs', async () => {
    const button = page.locator('#overview .column.pro .card button.expand').first();
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const children = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await children.locator('.argument').first().waitFor();
    const groups = await children.locator('h4.group').allTextContents();
    assert.ok(
      groups.some((g) => /Supported by|Attacked by/.test(g)),
      groups.join(),
    );
    const premises = await children.locator('.argument .card .claim-text').allTextContents();
    assert.ok(premises.length > 0 && premises.every((p) => p.length > 10), premises.join(' | '));
    // One level further down where a premise has arguments of its own.
    const nested = children.locator('.argument .card button.expand').first();
    if ((await nested.count()) > 0) {
      await nested.click();
      await page
        .locator(`#${await nested.getAttribute('aria-controls')} .argument`)
        .first()
        .waitFor();
    }
    await button.click();
    assert.equal(await children.isHidden(), true);
    assert.deepEqual(problems, []);
  });

  it('the full map: a layered layout with conclusions above premises, text legible at the first view', async () => {
    await page.click('#tab-map');
    await waitForMap(page);
    const layout = await page.evaluate(() => {
      const cy = (window as any).argmap.cy;
      const conclusions = cy.edges('[type = "CONCLUSION"]');
      const upward = conclusions.filter((e: any) => e.target().position('y') < e.source().position('y')).length;
      return {
        claims: cy.nodes('[type = "Claim"]').length,
        arguments: cy.nodes('[type = "Argument"]').length,
        conclusions: conclusions.length,
        upward,
        zoom: cy.zoom(),
      };
    });
    assert.ok(layout.claims > 20 && layout.arguments > 20, JSON.stringify(layout));
    assert.ok(layout.upward / layout.conclusions > 0.8, `conclusions above their arguments: ${layout.upward} of ${layout.conclusions}`);
    assert.ok(layout.zoom * 12 >= 9, `claim text drawn at ${(layout.zoom * 12).toFixed(1)}px`);
    // Cytoscape draws on the next frames: the canvas is read again after each frame until the map is on it.
    let inked = await inkedShare(page);
    for (const started = Date.now(); inked <= 0.01 && Date.now() - started < 10_000; inked = await inkedShare(page)) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    assert.ok(inked > 0.01, `the map canvas is not blank (${(inked * 100).toFixed(1)}% drawn)`);
    await shoot(page, 'explorer-map.png');
    assert.deepEqual(problems, []);
  });

  it('clicking a claim on the map shows who asserted it, with quotes and sources', async () => {
    await clickNode(page, POLICY);
    await page.waitForSelector('#claim-text');
    assert.match((await page.textContent('#claim-text')) ?? '', /El Salvador/);
    const quotes = await page.$$eval('.assertion', (nodes) => nodes.map((n) => n.textContent ?? ''));
    assert.ok(quotes.length >= 3, `${quotes.length} assertions shown`);
    assert.ok(quotes.some((q) => q.includes('homegrown criminal') && q.includes('Donald Trump')));
    assert.match((await page.getAttribute('#graphiql', 'href')) ?? '', /^\/graphql\?query=/);
    assert.deepEqual(problems, []);
  });

  it('a filter changes what is shown', async () => {
    const faded = () => page.evaluate(() => (window as any).argmap.cy.$('.faded').length);
    assert.equal(await faded(), 0);
    await page.selectOption('#filter-actor', 'actor:amanda-frost');
    await page.waitForFunction(() => /match the filters/.test(document.getElementById('status')?.textContent ?? ''));
    assert.ok((await faded()) > 10);
    assert.match(page.url(), /actor=actor%3Aamanda-frost/);
    await page.selectOption('#filter-actor', '');
    await page.waitForFunction(() => (window as any).argmap.cy.$('.faded').length === 0);
  });

  it('groups the full map into boxes (compound nodes) by side of the issue or by source, and back', async () => {
    await page.goto(`${t.url}/?view=map`);
    await waitForMap(page);
    const boxes = (): Promise<{ id: string; key: string; parent: boolean; children: { id: string; type: string; stance: string }[] }[]> =>
      page.evaluate(() =>
        (window as any).argmap.cy.nodes('[type = "Group"]').map((g: any) => ({
          id: g.id() as string,
          key: g.data('key') as string,
          parent: g.isParent() as boolean,
          children: g
            .children()
            .map((c: any) => ({ id: c.id() as string, type: c.data('type') as string, stance: c.data('stance') as string })),
        })),
      );
    const boxCount = (n: number) =>
      page.waitForFunction((count) => (window as any).argmap.cy.nodes('[type = "Group"]').length === count, n, { timeout: 60_000 });
    assert.equal((await boxes()).length, 0, 'no boxes unless asked for');

    await page.selectOption('#group', 'stance');
    await page.waitForFunction(() => /boxes by side/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 60_000 });
    assert.match(page.url(), /group=stance/);
    const sides = await boxes();
    assert.deepEqual(
      sides.map((b) => b.id).filter((id) => id !== 'group:stance:NEUTRAL'),
      ['group:stance:PRO', 'group:stance:CON'],
    );
    for (const box of sides) {
      assert.ok(box.parent && box.children.length > 0, `${box.id} holds nodes`);
      // A position sits in the box of its own stance; the claims that argue for or against it join it or the other side.
      for (const child of box.children) if (child.type === 'Claim' && child.stance) assert.equal(child.stance, box.key, child.id);
    }
    const pro = sides.find((b) => b.key === 'PRO')!;
    assert.ok(
      pro.children.some((c) => c.id === POLICY),
      'the policy position is on the PRO side',
    );
    // Boxes do not overlap: each side is laid out on its own.
    const overlaps = await page.evaluate(() => {
      const groups = (window as any).argmap.cy.nodes('[type = "Group"]').map((g: any) => g.boundingBox({ includeLabels: false }));
      let count = 0;
      for (let i = 0; i < groups.length; i += 1)
        for (let j = i + 1; j < groups.length; j += 1) {
          const [a, b] = [groups[i], groups[j]];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count += 1;
        }
      return count;
    });
    assert.equal(overlaps, 0);
    await shoot(page, 'explorer-grouped-by-side.png');

    await page.selectOption('#group', 'source');
    await page.waitForFunction(() => /boxes by source/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    const bySource = await boxes();
    assert.ok(bySource.length >= 2, `${bySource.length} source boxes`);
    const box = bySource.find((b) => b.children.some((c) => c.type === 'Claim'))!;
    assert.match(box.key, /^source:/);
    const claim = box.children.find((c) => c.type === 'Claim')!;
    const reported = await t.gql<{ claim: { assertions: { source: { id: string } | null }[] } }>(
      'query ($id: ID!) { claim(id: $id) { assertions { source { id } } } }',
      { id: claim.id },
    );
    assert.ok(
      reported.data!.claim.assertions.some((a) => a.source?.id === box.key),
      `${claim.id} is reported in ${box.key}`,
    );

    await page.selectOption('#group', '');
    await boxCount(0);
    assert.doesNotMatch(page.url(), /group=/);
  });

  /** Searches, chooses the first result of a type, and waits until the map and the panel show it. */
  async function landOn(text: string, type: string, panelSelector: string): Promise<string> {
    await page.fill('#search', text);
    await page.click('#search-form button');
    const result = page.locator(`#search-results button.result:has(.tag:text-is("${type}"))`).first();
    await result.waitFor({ timeout: 10_000 });
    const id = await result.getAttribute('data-land');
    assert.ok(id, `a ${type} result for “${text}”`);
    await result.click();
    await page.waitForFunction((nodeId) => document.getElementById('status')?.textContent === `Selected ${nodeId}`, id, {
      timeout: 20_000,
    });
    await page.waitForSelector(panelSelector);
    assert.equal(await page.getAttribute('#panel', 'data-node'), id);
    const where = await placement(page, id);
    assert.ok(where.drawn, `${id} is drawn`);
    assert.deepEqual(where.selected, [id]);
    assert.ok(where.offCentre < 40, `${id} is centred (${where.offCentre.toFixed(0)} px off)`);
    assert.ok(where.selfInView, `${id} is inside the map's view`);
    assert.equal(where.neighboursInView, where.neighbours, `all ${where.neighbours} neighbours of ${id} in view`);
    return id;
  }

  it('search lands on a claim: focused, centred with its neighbourhood, its quotes and arguments in the panel', async () => {
    const id = await landOn('denaturalise', 'Claim', '#claim-text');
    assert.match(id, /denaturalis/);
    assert.ok((await page.$$('#assertions .assertion')).length > 0);
    await shoot(page, 'explorer-search-claim.png');
  });

  it('search lands on a provision: its text, citation, parts and the claims citing it by role', async () => {
    const id = await landOn('Eighth Amendment', 'Provision', '#provision-name');
    assert.equal(id, 'provision:eighth-amendment');
    assert.match((await page.textContent('#provision-name')) ?? '', /Eighth Amendment/);
    const api = await t.gql<{
      provision: { citation: string; parts: { name: string }[]; citedBy: { role: string; claim: { text: string } }[] };
    }>('query ($id: ID!) { provision(id: $id) { citation parts { name } citedBy { role claim { text } } } }', { id });
    const provision = api.data!.provision;
    assert.match(
      (await page.textContent('#provision-citation')) ?? '',
      new RegExp(provision.citation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    for (const part of provision.parts) assert.ok(((await page.textContent('#panel')) ?? '').includes(part.name), part.name);
    const roles = await page.$$eval('#provision-cited-by h4.role', (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(roles.sort(), [...new Set(provision.citedBy.map((c) => c.role))].sort());
    assert.equal((await page.$$('#provision-cited-by li')).length, provision.citedBy.length);
    await shoot(page, 'explorer-search-provision.png');
  });

  it('search lands on an actor: what they asserted', async () => {
    const id = await landOn('Amanda Frost', 'Actor', '#actor-name');
    const api = await t.gql<{ actor: { assertions: { quote: string | null }[] } }>(
      'query ($id: ID!) { actor(id: $id) { assertions { quote } } }',
      { id },
    );
    const shown = await page.$$eval('#actor-assertions .assertion', (nodes) => nodes.map((n) => n.textContent ?? ''));
    assert.equal(shown.length, api.data!.actor.assertions.length);
    assert.ok(api.data!.actor.assertions.every((a, i) => !a.quote || shown[i]!.includes(a.quote.slice(0, 40))));
  });

  it('search lands on a source: its assertions in order', async () => {
    const id = await landOn('Exporting justice', 'Source', '#source-title');
    assert.equal(id, 'source:exporting-justice');
    const api = await t.gql<{ source: { assertions: { quote: string | null }[] } }>(
      'query ($id: ID!) { source(id: $id) { assertions { quote } } }',
      { id },
    );
    const shown = await page.$$eval('#source-assertions li', (nodes) => nodes.map((n) => n.textContent ?? ''));
    assert.ok(shown.length > 1);
    assert.equal(shown.length, api.data!.source.assertions.length);
    api.data!.source.assertions.forEach((a, i) =>
      assert.ok(!a.quote || shown[i]!.includes(a.quote.slice(0, 40)), `assertion ${i} in its place`),
    );
  });

  it('search lands on the claim of a quote', async () => {
    const id = await landOn('homegrown', 'Quote', '#claim-text');
    assert.match(id, /^claim:/);
    assert.deepEqual(problems, []);
  });

  type Counts = { in: number; out: number; undec: number };
  async function apiCounts(semantics: string, scenario: Record<string, unknown> | null = null): Promise<Counts> {
    const r = await t.gql<{ evaluation: { counts: Counts } }>(
      'query ($s: Semantics, $sc: ScenarioInput) { evaluation(semantics: $s, scenario: $sc) { counts { in out undec } } }',
      { s: semantics, sc: scenario },
    );
    return r.data!.evaluation.counts;
  }
  const countsText = (semantics: string, c: Counts) => `${semantics}: ${c.in} in, ${c.out} out, ${c.undec} undecided`;

  it('verdicts: labels on the map by outline and text as well as fill, the semantics selector, the explanation, scenario toggles', async () => {
    await page.goto(`${t.url}/?view=map`);
    await waitForMap(page);
    const grounded = await apiCounts('GROUNDED');
    await page.waitForFunction((text) => document.getElementById('verdict-counts')?.textContent === text, countsText('grounded', grounded));
    const drawn = await page.evaluate(() => {
      const cy = (window as any).argmap.cy;
      return cy.nodes('[type = "Claim"][verdict]').map((n: any) => ({
        id: n.id(),
        verdict: n.data('verdict'),
        caption: n.data('caption'),
        border: n.style('border-style'),
      }));
    });
    const labelled = drawn.filter((n: any) => n.verdict);
    assert.ok(labelled.length > 20, `${labelled.length} claims labelled`);
    const styles: Record<string, string> = { IN: 'solid', OUT: 'dashed', UNDEC: 'dotted' };
    const badges: Record<string, string> = { IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' };
    for (const n of labelled) {
      assert.equal(n.border, styles[n.verdict], `${n.id} ${n.verdict} outline`);
      assert.ok(n.caption.includes(badges[n.verdict]), `${n.id} caption says ${n.verdict}`);
    }
    assert.ok(grounded.out === 0 || labelled.some((n: any) => n.verdict === 'OUT'), 'an OUT claim is drawn');
    await shoot(page, 'explorer-verdicts.png');

    await page.selectOption('#semantics', 'PREFERRED');
    const preferred = await apiCounts('PREFERRED');
    await page.waitForFunction(
      (text) => document.getElementById('verdict-counts')?.textContent === text,
      countsText('preferred', preferred),
    );
    assert.match(page.url(), /semantics=PREFERRED/);

    await clickNode(page, POLICY);
    await page.waitForSelector('#claim-verdict');
    const api = await t.gql<{ claim: { status: { label: string }; explanation: { sentences: string[] } } }>(
      'query ($id: ID!) { claim(id: $id) { status(semantics: PREFERRED) { label } explanation(semantics: PREFERRED) { sentences } } }',
      { id: POLICY },
    );
    assert.match((await page.textContent('#claim-verdict')) ?? '', new RegExp(api.data!.claim.status.label));
    assert.match((await page.textContent('#verdict-heading')) ?? '', /preferred/);
    const sentences = await page.$$eval('#explanation li', (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(sentences, api.data!.claim.explanation.sentences);

    const scenario = { excludeActorIds: ['actor:donald-trump'] };
    const without = await apiCounts('PREFERRED', scenario);
    assert.notDeepEqual(without, preferred, 'setting Trump aside changes the map');
    await page.click('#scenario-summary');
    await page.check('input[data-exclude-actor="actor:donald-trump"]');
    await page.waitForFunction((text) => document.getElementById('verdict-counts')?.textContent === text, countsText('preferred', without));
    assert.match(page.url(), /excludeActors=actor%3Adonald-trump/);
    // The overview's verdict is read again beside the counts: wait for it too.
    await page.waitForFunction(() => /scenario applied/.test(document.getElementById('overview-verdict')?.textContent ?? ''));
    await page.uncheck('input[data-exclude-actor="actor:donald-trump"]');
    await page.waitForFunction(
      (text) => document.getElementById('verdict-counts')?.textContent === text,
      countsText('preferred', preferred),
    );
    await page.click('#scenario-summary');
    await page.selectOption('#semantics', 'GROUNDED');
    await page.waitForFunction((text) => document.getElementById('verdict-counts')?.textContent === text, countsText('grounded', grounded));
    assert.deepEqual(problems, []);
  });
});

describe('the explorer on a generated debate of 600 claims', () => {
  const problems: string[] = [];
  let t: TestService;
  let browser: Browser;
  let page: Page;

  before(async () => {
    t = await startTestService({ env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' } });
    await t.service.backend.repos.graphImport.importGraph({ doc: generateDebate({ claims: 600, seed: 7 }), external: [], batchSize: 5000 });
    ({ browser, page } = await browserWithPage(problems));
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('folds the map above 150 claims into clusters that open on demand', async () => {
    await page.goto(`${t.url}/?view=map&depth=4`);
    await waitForMap(page);
    assert.match(await statusText(page), /clusters folded/);
    const count = () =>
      page.evaluate(() => {
        const cy = (window as any).argmap.cy;
        // Clusters holding claims first: opening one draws more claims.
        const clusters = cy
          .nodes('[type = "Cluster"]')
          .sort((a: any, b: any) => b.data('claims') - a.data('claims'))
          .map((n: any) => n.id());
        return { claims: cy.nodes('[type = "Claim"]').length, clusters };
      });
    // A person clicks on what has stopped moving: the verdicts are in (their counts fill the header).
    await page.waitForFunction(() => (document.getElementById('verdict-counts')?.textContent ?? '') !== '', null, { timeout: 90_000 });
    const before = await count();
    assert.ok(before.claims <= 150 && before.claims > 50, `${before.claims} claims drawn`);
    assert.ok(before.clusters.length > 0);
    await clickNode(page, before.clusters[0]);
    await page
      .waitForFunction(() => /^Opened /.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 90_000 })
      .catch(async () => {
        throw new Error(`the cluster did not open; status: ${await statusText(page)}; ${problems.join('; ')}`);
      });
    // Opened: more claims drawn, or (when what it held was nearer than claims drawn before) that cluster gone.
    await page.waitForFunction(
      ({ n, cluster }) => {
        const cy = (window as any).argmap.cy;
        return cy.nodes('[type = "Claim"]').length > n || cy.getElementById(cluster).empty();
      },
      { n: before.claims, cluster: before.clusters[0] },
      { timeout: 90_000 },
    );
    const after = await count();
    assert.ok(!after.clusters.includes(before.clusters[0]) || after.claims > before.claims);
  });
});
