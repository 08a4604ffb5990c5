/**
 * The explorer's chains and justifications in headless Chromium, on the seed debate: two claims
 * chosen from a panel and a search result, every chain the API finds drawn and labelled, what
 * each amounts to, quotes on focus, the URL, PNG and SVG, the scenario, a past revision, the
 * keyboard, "Why?", and axe-core.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config.js';
import { launchChromium, shoot } from '../support/explorer-page.js';
import { startTestService, type TestService } from '../support/service.js';

const POLICY = 'claim:us-should-send-convicted-citizens-to-el-salvador';
const EDITOR_KEY = 'editor-key-0123456789';

interface ApiChain {
  length: number;
  arguments: { id: string; kind: string; attackKind: string | null; premises: { id: string }[] }[];
  claims: { id: string; text: string; shortLabel: string; status: { label: string; excluded: boolean } }[];
}

const CHAINS = `query ($from: ID!, $to: ID!, $at: Int, $scenario: ScenarioInput) {
  argumentChains(fromId: $from, toId: $to, maxLength: 6, first: 20, atRevision: $at) {
    length
    arguments { id kind attackKind premises { id } }
    claims { id text shortLabel status(scenario: $scenario) { label excluded } }
  }
}`;

describe('the explorer: chains between two claims, and why a claim stands', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** A claim two steps from `end` through an attack: it supports a claim that attacks `end`. */
  let start = '';
  /** The claim it bears on. */
  let end = '';
  let chains: ApiChain[];

  const apiChains = async (from: string, to: string, variables: Record<string, unknown> = {}) => {
    const r = await t.gql<{ argumentChains: ApiChain[] }>(CHAINS, { from, to, ...variables });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!.argumentChains;
  };
  /** The drawn chains: each one's claims (badge and label) and steps, as the page shows them. */
  const drawnChains = () =>
    page.$$eval('#chain-body li.chain', (items) =>
      items.map((item) => ({
        amounts: item.querySelector('.amounts')?.textContent ?? '',
        claims: [...item.querySelectorAll('button.chain-claim')].map((b) => ({
          id: (b as HTMLElement).dataset.claim!,
          badge: b.querySelector('.verdict')?.textContent ?? '',
          label: b.querySelector('.short-label')?.textContent ?? '',
        })),
        steps: [...item.querySelectorAll('.chain-link')].map((l) => ({
          polarity: l.classList.contains('attack') ? 'attack' : l.classList.contains('undercut') ? 'undercut' : 'support',
          kind: l.querySelector('.step-kind')?.textContent ?? '',
          argument: (l.querySelector('button[data-argument]') as HTMLElement | null)?.dataset.argument ?? '',
        })),
      })),
    );
  const badge = (s: { label: string; excluded: boolean }) =>
    s.excluded ? '— set aside' : ({ IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' } as Record<string, string>)[s.label];
  /** The page draws exactly the API's chains, in its order, each claim with its label and each step with its kind. */
  const assertDrawn = async (expected: ApiChain[]) => {
    const shown = await drawnChains();
    assert.equal(shown.length, expected.length, 'one drawing per chain');
    expected.forEach((chain, i) => {
      const drawing = shown[i]!;
      assert.deepEqual(
        drawing.claims.map((c) => [c.id, c.badge, c.label]),
        chain.claims.map((c) => [c.id, badge(c.status), c.shortLabel]),
        `chain ${i + 1}'s claims`,
      );
      assert.deepEqual(
        drawing.steps.map((s) => [s.argument, s.polarity, s.kind]),
        chain.arguments.map((a) => [
          a.id,
          a.kind === 'SUPPORT' ? 'support' : a.attackKind === 'UNDERCUT' ? 'undercut' : 'attack',
          a.kind === 'SUPPORT' ? 'support' : a.attackKind === 'UNDERMINE' ? 'undermining' : 'rebuttal',
        ]),
        `chain ${i + 1}'s steps`,
      );
      const attacks = chain.arguments.filter((a) => a.kind === 'ATTACK').length;
      if (attacks % 2 === 1) assert.match(drawing.amounts, /ultimately counts against/, drawing.amounts);
      else assert.match(drawing.amounts, /ultimately supports/, drawing.amounts);
    });
  };

  before(async () => {
    t = await startTestService({ seed: true, apiKeys: [`editor:${EDITOR_KEY}`], env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    // From the seed as it is: a claim that supports a claim attacking another (the end), two steps through an attack.
    type Page_ = {
      claims: {
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        edges: { node: { id: string; attackedBy: { premises: { supportedBy: { premises: { id: string }[] }[] }[] }[] } }[];
      };
    };
    let after: string | null = null;
    for (;;) {
      const r: { data?: Page_ | null } = await t.gql<Page_>(
        `query ($after: String) { claims(first: 12, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id attackedBy { premises { supportedBy { premises { id } } } } } } } }`,
        { after },
      );
      assert.ok(r.data, JSON.stringify(r));
      for (const { node } of r.data.claims.edges) {
        const from = node.attackedBy.flatMap((a) =>
          a.premises.flatMap((p) => p.supportedBy.flatMap((s) => s.premises.map((q) => q.id))),
        )[0];
        if (from && !start) {
          start = from;
          end = node.id;
        }
      }
      if (start || !r.data!.claims.pageInfo.hasNextPage) break;
      after = r.data!.claims.pageInfo.endCursor;
    }
    assert.ok(start, 'the seed has a claim supporting an attack on another');
    chains = await apiChains(start, end);
    assert.ok(chains.length > 0);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('chooses the start in a claim’s panel and the end among search results, and draws every chain, labelled, shortest first', async () => {
    await page.goto(`${t.url}/?view=map&selected=${encodeURIComponent(start)}`);
    await page.waitForSelector('#claim-verdict');
    await page.click(`#panel button[data-chain-from="${start}"]`);
    await page.waitForFunction(() => /Choose where it ends/.test(document.getElementById('chain-summary')?.textContent ?? ''));
    assert.equal(await page.getAttribute('#tab-chains', 'aria-selected'), 'true');
    assert.match(page.url(), new RegExp(`view=chains.*from=${encodeURIComponent(start)}`));
    // The end: a search for its words, "Chain to here" beside it.
    const words = chains[0]!.claims.at(-1)!.text.split(/\s+/).slice(1, 6).join(' ');
    await page.fill('#search', words);
    await page.click('#search-form button');
    await page.click(`#search-results button[data-chain-to="${end}"]`);
    await page.waitForSelector('#chain-body li.chain');
    assert.match(page.url(), new RegExp(`from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}`));
    await assertDrawn(chains);
    const lengths = chains.map((c) => c.length);
    assert.deepEqual(
      lengths,
      [...lengths].sort((a, b) => a - b),
      'shortest first',
    );
    assert.ok(
      (await drawnChains()).some((c) => /ultimately counts against/.test(c.amounts)),
      'a chain through one attack counts against the end',
    );
    assert.match((await page.textContent('#chain-summary')) ?? '', new RegExp(`^${chains.length} chain`));
    await shoot(page, 'explorer-chains.png');
    assert.deepEqual(problems, []);
  });

  it('shows a claim’s full text and its quotes with their speakers on focus; the keyboard moves along the chain and opens panels', async () => {
    const first = page.locator('#chain-body button.chain-claim').first();
    await first.focus();
    const more = page.locator('#chain-body .claim-card').first().locator('.claim-more');
    assert.equal(await more.isVisible(), true, 'the description shows on focus');
    assert.equal((await more.locator('.full-text').textContent())?.trim(), chains[0]!.claims[0]!.text);
    const quotes = await t.gql<{ claim: { assertions: { quote: string | null; actor: { name: string } }[] } }>(
      'query ($id: ID!) { claim(id: $id) { assertions { quote actor { name } } } }',
      { id: chains[0]!.claims[0]!.id },
    );
    const shownQuotes = await more.locator('.quotes li').allTextContents();
    assert.equal(shownQuotes.length, quotes.data!.claim.assertions.length);
    for (const [i, a] of quotes.data!.claim.assertions.entries())
      assert.ok(shownQuotes[i]!.startsWith(`${a.actor.name}: `), shownQuotes[i]);
    assert.equal(
      await first.getAttribute('aria-describedby'),
      await page.locator('#chain-body .claim-card').first().locator('.claim-more').getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.claim);
    assert.equal(second, chains[0]!.claims[1]!.id, 'ArrowDown moves to the next claim of the chain');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, second);
    // Its focus is visible.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none');
  });

  it('has a URL that opens the same chains, and exports them as PNG and SVG', async () => {
    const url = page.url();
    const other = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await other.goto(url);
    await other.waitForSelector('#chain-body li.chain');
    assert.equal(await other.locator('#chain-body li.chain').count(), chains.length);
    await other.close();

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chain-export-png')]);
    assert.equal(png.suggestedFilename(), 'argmap-chain.png');
    const bytes = await readFile((await png.path())!);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.ok(bytes.length > 5_000, `${bytes.length} bytes`);
    await writeFile(path.join(REPO_ROOT, 'test-output', 'explorer-chains-export.png'), bytes);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#chain-export-svg')]);
    assert.equal(svg.suggestedFilename(), 'argmap-chain.svg');
    const text = await readFile((await svg.path())!, 'utf8');
    assert.match(text, /^<\?xml[^>]*>\s*<svg /);
    const boxes = (text.match(/<g class="claim">/g) ?? []).length;
    assert.equal(
      boxes,
      chains.reduce((n, c) => n + c.claims.length, 0),
      'a box per claim drawn',
    );
    const escaped = (s: string) => s.replace(/&/g, '&#38;').replace(/'/g, '&#39;').replace(/"/g, '&#34;');
    assert.ok(text.includes(escaped(chains[0]!.claims[0]!.shortLabel.split(' ')[0]!)), 'the labels are in it');
    if (chains.some((c) => c.arguments.some((a) => a.kind === 'ATTACK')))
      assert.match(text, /stroke-dasharray="6 4"/, 'attacks stay dashed');
  });

  it('follows the scenario: a claim whose speakers are all set aside is shown set aside', async () => {
    const r = await t.gql<{ claim: { assertions: { actor: { id: string } }[] } }>(
      'query ($id: ID!) { claim(id: $id) { assertions { actor { id } } } }',
      { id: start },
    );
    const speakers = [...new Set(r.data!.claim.assertions.map((a) => a.actor.id))];
    assert.ok(speakers.length > 0, `${start} has speakers`);
    const scenario = { excludeActorIds: speakers };
    const expected = await apiChains(start, end, { scenario });
    assert.equal(expected[0]!.claims[0]!.status.excluded, true, 'the API sets the start aside');
    await page.goto(
      `${t.url}/?view=chains&from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}&excludeActors=${speakers.join(',')}`,
    );
    await page.waitForSelector('#chain-body li.chain');
    await assertDrawn(expected);
  });

  it('works at a past revision: the As-of view draws the chains as they ran then', async () => {
    // A new claim and an argument from it: chains from it exist now, not before the argument.
    const made = await t.gql<{ createClaim: { id: string } }>(
      'mutation ($input: CreateClaimInput!) { createClaim(input: $input) { id } }',
      { input: { text: 'A chain test claim that supports the start of the chain.', kind: 'FACTUAL' } },
      EDITOR_KEY,
    );
    const fresh = made.data!.createClaim.id;
    const before = (await t.gql<{ currentRevision: number }>('{ currentRevision }')).data!.currentRevision;
    const linked = await t.gql(
      'mutation ($input: CreateArgumentInput!) { createArgument(input: $input) { id } }',
      { input: { kind: 'SUPPORT', premiseIds: [fresh], conclusionId: start } },
      EDITOR_KEY,
    );
    assert.equal(linked.errors, undefined, JSON.stringify(linked.errors));
    const now = await apiChains(fresh, end);
    assert.ok(now.length > 0);
    assert.deepEqual(await apiChains(fresh, end, { at: before }), []);
    await page.goto(`${t.url}/?view=chains&from=${encodeURIComponent(fresh)}&to=${encodeURIComponent(end)}&revision=${before}`);
    await page.waitForFunction(() => /No chain/.test(document.getElementById('chain-summary')?.textContent ?? ''));
    assert.match((await page.textContent('#chain-summary')) ?? '', new RegExp(`as of revision ${before}`));
    await page.click('#back-to-now');
    await page.waitForSelector('#chain-body li.chain');
    await assertDrawn(now);
  });

  it('“Why?” draws the justification: the API’s sentences and a step for each of its arguments, each claim with its label', async () => {
    for (const semantics of ['GROUNDED', 'PREFERRED']) {
      await page.goto(
        `${t.url}/?view=map&selected=${encodeURIComponent(POLICY)}${semantics === 'GROUNDED' ? '' : `&semantics=${semantics}`}`,
      );
      await page.waitForSelector('#claim-verdict');
      await page.click(`#panel button[data-why="${POLICY}"]`);
      await page.waitForSelector('#chain-body section.account');
      assert.match(page.url(), new RegExp(`view=chains.*why=${encodeURIComponent(POLICY)}`));
      const api = await t.gql<{
        claim: {
          justification: {
            label: string;
            sentences: string[];
            steps: { argumentId: string }[];
            claims: { claimId: string; label: string }[];
          }[];
        };
      }>(
        'query ($id: ID!, $s: Semantics) { claim(id: $id) { justification(semantics: $s) { label sentences steps { argumentId } claims { claimId label } } } }',
        {
          id: POLICY,
          s: semantics,
        },
      );
      const accounts = api.data!.claim.justification;
      assert.equal(await page.locator('#chain-body section.account').count(), accounts.length);
      for (const [i, account] of accounts.entries()) {
        const section = page.locator('#chain-body section.account').nth(i);
        assert.deepEqual(await section.locator('ol.sentences > li').allTextContents(), account.sentences, 'the same words as the API');
        const steps = await section
          .locator('li.why-step button[data-argument]')
          .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.argument));
        assert.deepEqual([...steps].sort(), account.steps.map((s) => s.argumentId).sort(), 'a step drawn for each argument');
        const labels = new Map(account.claims.map((c) => [c.claimId, c.label]));
        const cards = await section
          .locator('button.chain-claim')
          .evaluateAll((bs) => bs.map((b) => [(b as HTMLElement).dataset.claim!, b.querySelector('.verdict')?.textContent ?? '']));
        for (const [id, shown] of cards) assert.equal(shown, { IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' }[labels.get(id!)!], id);
      }
      // A short label in the sentences shows the claim's full text on focus.
      const term = page.locator('#chain-body ol.sentences .term').first();
      await term.focus();
      assert.ok(((await term.getAttribute('data-full')) ?? '').length > ((await term.textContent()) ?? '').length);
    }
    await shoot(page, 'explorer-why.png');

    // Two claims that rebut each other: under preferred semantics one labelling accepts each.
    const make = async (text: string) =>
      (
        await t.gql<{ createClaim: { id: string } }>(
          'mutation ($input: CreateClaimInput!) { createClaim(input: $input) { id } }',
          { input: { text, kind: 'FACTUAL' } },
          EDITOR_KEY,
        )
      ).data!.createClaim.id;
    const yes = await make('The new bridge toll pays for its own upkeep.');
    const no = await make('The new bridge toll does not cover its upkeep.');
    for (const [from, to] of [
      [yes, no],
      [no, yes],
    ])
      await t.gql(
        'mutation ($input: CreateArgumentInput!) { createArgument(input: $input) { id } }',
        { input: { kind: 'ATTACK', attackKind: 'REBUT', premiseIds: [from], conclusionId: to } },
        EDITOR_KEY,
      );
    await page.goto(`${t.url}/?view=chains&why=${encodeURIComponent(yes)}&semantics=PREFERRED`);
    await page.waitForSelector('#chain-body section.account');
    const headings = await page.locator('#chain-body section.account h3').allTextContents();
    assert.deepEqual(headings, ['A labelling that accepts it (preferred)', 'A labelling that rejects it (preferred)']);
    const firstCard = (i: number) =>
      page.locator('#chain-body section.account').nth(i).locator('button.chain-claim').first().locator('.verdict').textContent();
    assert.equal(await firstCard(0), '✔ IN');
    assert.equal(await firstCard(1), '✘ OUT');
    assert.match((await page.textContent('#chain-summary')) ?? '', /one labelling that accepts it and one that does not/);
    assert.deepEqual(problems, []);
  });

  it('has no serious or critical accessibility violations (axe-core) in the chains and the justification', async () => {
    const axe = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
    const check = async (where: string) => {
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] }); // eslint-disable-line @typescript-eslint/no-explicit-any
        return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
          target: v.nodes[0]?.target?.join(' '),
        }));
      });
      const bad = violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], `${where}: ${JSON.stringify(bad)}`);
    };
    await page.goto(`${t.url}/?view=chains&from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}`);
    await page.waitForSelector('#chain-body li.chain');
    await page.locator('#chain-body button.chain-claim').first().focus();
    await check('chains, a claim focused');
    await page.goto(`${t.url}/?view=chains&why=${encodeURIComponent(POLICY)}`);
    await page.waitForSelector('#chain-body section.account');
    await check('a justification');
  });
});
