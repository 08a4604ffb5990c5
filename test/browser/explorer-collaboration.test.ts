/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate callbacks reach the explorer's Cytoscape instance, which has no types on this side */
/**
 * The explorer as several people use it: live changes and history, time travel, editing with a
 * key, views shared by URL and exported, and use by keyboard and screen reader (axe-core).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config.js';
import {
  browserWithPage,
  clickNode,
  dragNodeOnto,
  drawn,
  shoot,
  signIn,
  statusText,
  VIEWPORT,
  waitForMap,
} from '../support/explorer-page.js';
import { startTestService, type TestService } from '../support/service.js';

const POLICY = 'claim:us-should-send-convicted-citizens-to-el-salvador';
const ISSUE = 'issue:us-citizens-in-foreign-prisons';
const EDITOR_KEY = 'editor-key-0123456789';
const OTHER_KEY = 'alice-key-0123456789';

/**
 * Drags one node onto another until `dropped` holds in the page, at most three times: on a busy
 * machine the map may still be settling when the pointer lets go, and the drop lands beside the
 * target. A drop that never works fails the test.
 */
async function dropUntil(page: Page, fromId: string, toId: string, dropped: () => boolean): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await dragNodeOnto(page, fromId, toId);
    try {
      await page.waitForFunction(dropped, null, { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('the explorer with several people at work', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown>, key = OTHER_KEY) => t.gql<T>(query, variables, key);
  const currentRevision = async () => (await gql<{ currentRevision: number }>('{ currentRevision }', {})).data!.currentRevision;

  before(async () => {
    t = await startTestService({
      seed: true,
      apiKeys: [`editor:${EDITOR_KEY}`, `alice:${OTHER_KEY}`],
      env: { ARGMAP_QUERY_TIMEOUT_MS: '60000' },
    });
    ({ browser, page } = await browserWithPage(problems));
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  let liveClaim = '';
  let createdAt = 0;

  it('shows edits made by others as they happen, with the name of the key that made them', async () => {
    await page.goto(`${t.url}/?view=map`);
    await waitForMap(page);
    await page.waitForFunction(() => document.getElementById('live-state')?.textContent === 'live');
    const created = await gql<{ createClaim: { id: string } }>(
      'mutation ($input: CreateClaimInput!) { createClaim(input: $input) { id } }',
      {
        input: {
          text: 'Prison transfer treaties need the prisoner’s consent.',
          kind: 'LEGAL',
          positions: [{ issueId: ISSUE, stance: 'CON' }],
        },
      },
    );
    assert.equal(created.errors, undefined);
    liveClaim = created.data!.createClaim.id;
    createdAt = await currentRevision();
    const item = page.locator(`#activity-list li[data-revision="${createdAt}"]`);
    await item.waitFor({ timeout: 15_000 });
    const text = (await item.textContent()) ?? '';
    assert.match(text, /alice/);
    assert.match(text, /createClaim/);
    assert.match((await page.textContent('#activity-latest')) ?? '', /alice made revision/);
    // The map refreshes itself: the new position is drawn.
    await page.waitForFunction((id) => (window as any).argmap.cy.getElementById(id).nonempty(), liveClaim, { timeout: 15_000 });
    // And the overview, behind its tab, counts it in the CON column.
    const con = await gql<{ issue: { positions: { claim: { id: string } }[] } }>(
      'query ($id: ID!) { issue(id: $id) { positions(stance: CON) { claim { id } } } }',
      {
        id: ISSUE,
      },
    );
    assert.ok(con.data!.issue.positions.some((p) => p.claim.id === liveClaim));
    await page.waitForFunction(
      (n) => document.getElementById('column-CON')?.textContent?.includes(`(${n})`),
      con.data!.issue.positions.length,
    );
    await shoot(page, 'explorer-live.png');
  });

  it("a claim's history: each revision with who made it, the operation and what it changed", async () => {
    const updated = await gql(
      'mutation ($id: ID!) { updateClaim(id: $id, input: { text: "Prison transfer treaties require the consent of the prisoner." }) { id } }',
      {
        id: liveClaim,
      },
    );
    assert.equal(updated.errors, undefined);
    const updatedAt = await currentRevision();
    await page.waitForSelector(`#activity-list li[data-revision="${updatedAt}"]`, { timeout: 15_000 });
    await clickNode(page, liveClaim);
    await page.waitForFunction(() => /require the consent/.test(document.getElementById('claim-text')?.textContent ?? ''));
    await page.click('#show-history');
    // Read in one step once drawn: a live change can redraw the panel (and its history) in between.
    const drawn = await page.waitForFunction(() => {
      const nodes = [...document.querySelectorAll<HTMLElement>('#claim-history li.revision')];
      return nodes.length > 0 ? nodes.map((n) => ({ revision: Number(n.dataset.revision), text: n.textContent ?? '' })) : null;
    });
    const rows = (await drawn.jsonValue())!;
    assert.deepEqual(
      rows.map((r) => r.revision),
      [updatedAt, createdAt],
    );
    assert.match(rows[0]!.text, /alice/);
    assert.match(rows[0]!.text, /updateClaim/);
    assert.match(rows[0]!.text, /UPDATED/);
    assert.match(rows[0]!.text, /text/);
    assert.match(rows[1]!.text, /createClaim/);
    assert.match(rows[1]!.text, /CREATED/);
  });

  it('the time slider shows the map as of a revision, and comes back to now', async () => {
    await page.$eval(
      '#revision-slider',
      (el, value) => {
        (el as HTMLInputElement).value = String(value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      createdAt - 1,
    );
    await page.waitForFunction(
      (r) => (document.getElementById('status')?.textContent ?? '').endsWith(`as of revision ${r}`),
      createdAt - 1,
      { timeout: 20_000 },
    );
    assert.equal(await drawn(page, liveClaim), false, 'the claim made later is not on the map');
    assert.equal(await drawn(page, POLICY), true);
    assert.equal(await page.isVisible('#past-banner'), true);
    assert.match(page.url(), new RegExp(`revision=${createdAt - 1}`));
    assert.equal(await page.$eval('#edit-forms', (el) => (el as HTMLFieldSetElement).disabled), true);
    // Its panel as it stood then: at the revision that made it, the first wording.
    await page.click(`button[data-goto-revision="${createdAt}"]`).catch(() => undefined);
    await page.goto(`${t.url}/?view=map&revision=${createdAt}&selected=${encodeURIComponent(liveClaim)}`);
    await waitForMap(page);
    await page.waitForFunction(() => /prisoner’s consent/.test(document.getElementById('claim-text')?.textContent ?? ''));
    assert.equal(await drawn(page, liveClaim), true);
    await page.click('#back-to-now');
    await page.waitForFunction(
      () =>
        !/as of revision/.test(document.getElementById('status')?.textContent ?? '') &&
        /claims, \d+ arguments/.test(document.getElementById('status')?.textContent ?? ''),
    );
    assert.equal(await page.isVisible('#past-banner'), false);
    assert.doesNotMatch(page.url(), /revision=/);
    assert.deepEqual(problems, []);
  });

  it('read-only without a key; with one, adds a claim, an argument, an assertion and a citation, and shows the API’s errors', async () => {
    const editor = await browser.newPage({ viewport: VIEWPORT });
    try {
      await editor.goto(`${t.url}/`);
      await editor.waitForSelector('#overview .card');
      assert.equal(await editor.$eval('#edit-forms', (el) => (el as HTMLFieldSetElement).disabled), true);
      assert.match((await editor.textContent('#edit-mode')) ?? '', /Read-only/);
      assert.equal(await editor.isVisible('#edit'), false, 'no forms without a sign-in');

      await signIn(editor, EDITOR_KEY, /^API key · \w+ here/);
      await editor.waitForSelector('#edit:not([hidden])');
      assert.equal(await editor.$eval('#edit-forms', (el) => (el as HTMLFieldSetElement).disabled), false);
      assert.equal(await editor.evaluate(() => sessionStorage.getItem('argmap.token')), EDITOR_KEY);

      const claimCount = async () =>
        (await gql<{ claims: { totalCount: number } }>('{ claims { totalCount } }', {})).data!.claims.totalCount;
      const before = await claimCount();
      // Bad input: the API's error, and nothing changes.
      await editor.click('#edit-claim summary');
      await editor.fill('#claim-new-text', '   ');
      await editor.click('#form-claim button[type="submit"]');
      await editor.waitForFunction(() => (document.getElementById('edit-error')?.textContent ?? '').length > 0);
      assert.match((await editor.textContent('#edit-error')) ?? '', /VALIDATION|text/i);
      assert.equal(await claimCount(), before);

      await editor.fill('#claim-new-text', 'Consent-based transfer treaties already exist for foreign prisoners.');
      await editor.selectOption('#claim-new-kind', 'FACTUAL');
      await editor.click('#form-claim button[type="submit"]');
      await editor.waitForFunction(() => /Added claim/.test(document.getElementById('edit-result')?.textContent ?? ''));
      const added = /Added claim (\S+)\./.exec((await editor.textContent('#edit-result')) ?? '')![1]!;
      assert.equal(await claimCount(), before + 1);
      await editor.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, added);

      // An argument: the new claim as premise, attacking the policy claim.
      await editor.click('#edit-argument summary');
      await editor.click('#add-premise');
      await editor.fill('#search', 'convicted citizens El Salvador');
      await editor.click('#search-form button');
      await editor.click(`#search-results button[data-land="${POLICY}"]`);
      await editor.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, POLICY);
      await editor.click('#set-conclusion');
      await editor.selectOption('#argument-kind', 'ATTACK');
      await editor.selectOption('#argument-attack-kind', 'REBUT');
      await editor.click('#form-argument button[type="submit"]');
      await editor.waitForFunction(() => /Added attack argument/.test(document.getElementById('edit-result')?.textContent ?? ''));
      const attacks = await gql<{ claim: { attackedBy: { premises: { id: string }[] }[] } }>(
        'query ($id: ID!) { claim(id: $id) { attackedBy { premises { id } } } }',
        { id: POLICY },
      );
      assert.ok(attacks.data!.claim.attackedBy.some((a) => a.premises.some((p) => p.id === added)));
      // With no premise the API refuses, and the form says why.
      await editor.click('#form-argument button[type="submit"]');
      await editor.waitForFunction(() => (document.getElementById('edit-error')?.textContent ?? '').length > 0);

      // An assertion with its quote and source, and a citation, on the chosen claim.
      await editor.click('#edit-assertion summary');
      await editor.selectOption('#assertion-actor', 'actor:amanda-frost');
      await editor.selectOption('#assertion-source', 'source:exporting-justice');
      await editor.fill('#assertion-quote', 'Transfers have always required consent.');
      await editor.click('#form-assertion button[type="submit"]');
      await editor.waitForFunction(() => /Added assertion/.test(document.getElementById('edit-result')?.textContent ?? ''));
      await editor.click('#edit-citation summary');
      await editor.selectOption('#citation-provision', 'provision:eighth-amendment');
      await editor.selectOption('#citation-role', 'CONTEXT');
      await editor.click('#form-citation button[type="submit"]');
      await editor.waitForFunction(() =>
        /Cited provision:eighth-amendment/.test(document.getElementById('edit-result')?.textContent ?? ''),
      );
      const policy = await gql<{
        claim: { assertions: { quote: string; actor: { id: string } }[]; citations: { role: string; provision: { id: string } }[] };
      }>('query ($id: ID!) { claim(id: $id) { assertions { quote actor { id } } citations { role provision { id } } } }', { id: POLICY });
      assert.ok(
        policy.data!.claim.assertions.some(
          (a) => a.quote === 'Transfers have always required consent.' && a.actor.id === 'actor:amanda-frost',
        ),
      );
      assert.ok(policy.data!.claim.citations.some((c) => c.role === 'CONTEXT' && c.provision.id === 'provision:eighth-amendment'));
      // The other page saw the edits live, under the editor's key name.
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('#activity-list li')).some(
            (li) => /editor/.test(li.textContent ?? '') && /citeProvision/.test(li.textContent ?? ''),
          ),
        null,
        {
          timeout: 15_000,
        },
      );

      await editor.click('#sign-out');
      await editor.waitForSelector('#edit', { state: 'hidden' });
      assert.equal(await editor.$eval('#edit-forms', (el) => (el as HTMLFieldSetElement).disabled), true);
      assert.equal(await editor.evaluate(() => sessionStorage.getItem('argmap.token')), null);
    } finally {
      await editor.close();
    }
  });

  it('with a key, a premise dragged onto a conclusion on the map becomes an argument of the kind chosen', async () => {
    const editor = await browser.newPage({ viewport: VIEWPORT });
    try {
      await editor.goto(`${t.url}/?view=map&root=${encodeURIComponent(POLICY)}&depth=2`);
      await waitForMap(editor);
      // The verdicts come after the map; a drag starts once the map stands still.
      await editor.waitForFunction(() => (window as any).argmap.verdicts.size > 0, null, { timeout: 60_000 });
      const premise = await editor.evaluate(
        (root) =>
          (window as any).argmap.cy
            .nodes('[type = "Claim"]')
            .map((n: any) => n.id())
            .filter((id: string) => id !== root)
            .sort()[0] as string,
        POLICY,
      );
      const argumentsOf = async () =>
        (
          await gql<{ claim: { attackedBy: { id: string }[]; supportedBy: { id: string }[] } }>(
            'query ($id: ID!) { claim(id: $id) { attackedBy { id } supportedBy { id } } }',
            { id: POLICY },
          )
        ).data!.claim;
      const before = await argumentsOf();

      // Without a key a drop changes nothing and says how to edit.
      await dropUntil(editor, premise, POLICY, () =>
        /sign in with the editor role/.test(document.getElementById('edit-error')?.textContent ?? ''),
      );
      assert.equal(await editor.$eval('#edit-argument', (el) => (el as HTMLDetailsElement).open), false);

      await signIn(editor, EDITOR_KEY, /^API key · \w+ here/);
      const grabbedAt = await editor.evaluate((id) => (window as any).argmap.cy.getElementById(id).position(), premise);
      await dropUntil(editor, premise, POLICY, () => (document.getElementById('edit-argument') as HTMLDetailsElement).open);
      // The form opened with the pair filled in and asks for the kind; the claim is back in its place.
      assert.equal(await editor.evaluate(() => document.activeElement?.id), 'argument-kind');
      assert.equal(await editor.$$eval('#premises li', (items) => items.length), 1);
      assert.doesNotMatch((await editor.textContent('#conclusion')) ?? '', /None yet/);
      assert.deepEqual(await editor.evaluate((id) => (window as any).argmap.cy.getElementById(id).position(), premise), grabbedAt);
      await shoot(editor, 'explorer-drag-to-connect.png');

      await editor.selectOption('#argument-kind', 'ATTACK');
      await editor.selectOption('#argument-attack-kind', 'UNDERMINE');
      await editor.click('#form-argument button[type="submit"]');
      await editor.waitForFunction(() => /Added attack argument/.test(document.getElementById('edit-result')?.textContent ?? ''));
      const id = /Added attack argument (\S+)\./.exec((await editor.textContent('#edit-result')) ?? '')![1]!;
      const made = await gql<{
        argument: { kind: string; attackKind: string; premises: { id: string }[]; conclusion: { id: string } | null };
      }>('query ($id: ID!) { argument(id: $id) { kind attackKind premises { id } conclusion { id } } }', { id });
      assert.deepEqual(made.data!.argument, {
        kind: 'ATTACK',
        attackKind: 'UNDERMINE',
        premises: [{ id: premise }],
        conclusion: { id: POLICY },
      });
      const now = await argumentsOf();
      assert.equal(now.attackedBy.length, before.attackedBy.length + 1);
      assert.equal(now.supportedBy.length, before.supportedBy.length);
      // The map draws the new argument between the two claims.
      await editor.waitForFunction((arg) => (window as any).argmap.cy.getElementById(arg).nonempty(), id, { timeout: 30_000 });
    } finally {
      await editor.close();
    }
  });

  it('the URL holds the view: root, depth, filters, semantics, the chosen node', async () => {
    await page.goto(
      `${t.url}/?view=map&root=${encodeURIComponent(POLICY)}&depth=2&stance=CON&semantics=STABLE&selected=${encodeURIComponent(POLICY)}`,
    );
    await page.waitForFunction(() => /match the filters/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    assert.equal(await page.inputValue('#semantics'), 'STABLE');
    assert.equal(await page.inputValue('#filter-stance'), 'CON');
    assert.equal(await page.inputValue('#hops'), '2');
    assert.match((await page.textContent('#map-title')) ?? '', /El Salvador/);
    await page.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, POLICY);
    await page.waitForFunction(() => /^stable:/.test(document.getElementById('verdict-counts')?.textContent ?? ''));
    const depth = await page.evaluate(() => Math.max(...(window as any).argmap.cy.nodes().map((n: any) => n.data('distance') ?? 0)));
    assert.ok(depth <= 2, `drawn to depth ${depth}`);
  });

  it('exports the current view as PNG and SVG', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    assert.equal(png.suggestedFilename(), 'argmap.png');
    const pngBytes = await readFile((await png.path())!);
    assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.ok(pngBytes.length > 10_000, `${pngBytes.length} bytes`);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    assert.equal(svg.suggestedFilename(), 'argmap.svg');
    const text = await readFile((await svg.path())!, 'utf8');
    assert.match(text, /^<\?xml[^>]*>\s*<svg /);
    const nodes = await page.evaluate(() => (window as any).argmap.cy.nodes(':visible').length);
    assert.equal((text.match(/<g data-id=/g) ?? []).length, nodes);
    assert.match(text, /El Salvador/);
    assert.match(text, /stroke-dasharray/, 'attacks and verdict outlines keep their line styles');
  });

  it('works from the keyboard, with visible focus and screen-reader text', async () => {
    await page.goto(`${t.url}/?view=map`);
    await waitForMap(page);
    await page.focus('#graph');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'graph');
    const outline = await page.$eval('#graph', (el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused map shows a focus outline');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (window as any).argmap.cy.$('node:selected').map((n: any) => n.id()));
    assert.equal(first.length, 1);
    await page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '').length > 10);
    const moves = new Set<string>(first);
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
      moves.add(await page.evaluate(() => (window as any).argmap.cy.$('node:selected').first().id()));
    }
    assert.ok(moves.size >= 3, `the arrow keys moved through ${moves.size} nodes`);
    // Enter opens the chosen node's panel.
    let selected = await page.evaluate(() => (window as any).argmap.cy.$('node:selected').first().id());
    for (let i = 0; i < 8 && !selected.startsWith('claim:'); i += 1) {
      await page.keyboard.press('ArrowUp');
      selected = await page.evaluate(() => (window as any).argmap.cy.$('node:selected').first().id());
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, selected);
    assert.match((await page.textContent('#announcer')) ?? '', /Claim|Argument/);

    // The overview's cards are buttons in the tab order: Enter opens a position's arguments.
    await page.click('#tab-overview');
    const expand = page.locator('#overview button.expand').first();
    await expand.focus();
    await page.keyboard.press('Enter');
    assert.equal(await expand.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(problems, []);
  });

  it('has no serious or critical accessibility violations (axe-core) in the overview, the map, a panel and the forms', async () => {
    const axe = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
    const check = async (where: string) => {
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: any) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
          target: v.nodes[0]?.target?.join(' '),
        }));
      });
      const bad = violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], `${where}: ${JSON.stringify(bad)}`);
    };
    await page.goto(`${t.url}/`);
    await page.waitForSelector('#overview [data-verdict-for] .verdict');
    await page.locator('#overview button.expand').first().click();
    await page.waitForSelector('#overview .children .argument');
    await check('overview');
    await page.goto(`${t.url}/?view=map&selected=${encodeURIComponent(POLICY)}`);
    await waitForMap(page);
    await page.waitForSelector('#claim-verdict');
    await page.click('#scenario-summary');
    await signIn(page, EDITOR_KEY, /^API key · \w+ here/);
    await page.click('#edit-claim summary');
    await page.click('#show-history');
    await page.waitForSelector('#claim-history');
    await check('map with a claim panel, the scenario and the forms');
    assert.ok((await statusText(page)).length > 0);
  });
});
