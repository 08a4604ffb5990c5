/**
 * Merging in the explorer, as an EDITOR signed in with a real token on the seed debate: the
 * claim panel lists similar claims with their scores, a merge is confirmed in a dialog that says
 * which claim survives and what moves, by keyboard; the survivor's panel shows the merged id and
 * the moved assertion, and Undo brings the merged claim back. A merge the API refuses shows its
 * words; two actors merge through a picker by name; "possible duplicates" appear under a new
 * claim's text. axe-core on the panel, the dialog and the form.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { userIdOf } from '../../src/domain/people.js';
import { CHROMIUM, launchChromium, openPage, seriousViolations, shoot, signIn } from '../support/explorer-page.js';
import { AUDIENCE, HS256_SECRET, hs256Token, ISSUER } from '../support/jwks.js';
import { startTestService, type TestService } from '../support/service.js';

const MAP = 'map:default';
const ADMIN_KEY = 'admin-key-0123456789';
const UNLAWFUL = 'claim:sending-citizens-to-foreign-prisons-is-unlawful';
const UNCONSTITUTIONAL = 'claim:sending-citizens-to-foreign-prisons-is-unconstitutional';
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the explorer merges near duplicates: similar claims, the merge dialog, undo, possible duplicates', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let edToken = '';
  const ids = { kept: '', merged: '', keptActor: '', mergedActor: '' };
  const admin = async (query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const r = await t.gql<Data>(query, variables, ADMIN_KEY);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!;
  };
  const create = async (field: string, input: string) =>
    (await admin(`mutation ($m: ID) { ${field}(mapId: $m, input: ${input}) { id } }`, { m: MAP }))[field].id as string;
  const claimNamed = async (id: string) => (await admin(`query ($id: ID!) { claim(id: $id) { id mergedFrom } }`, { id })).claim;
  const open = async (id: string) => {
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}&selected=${encodeURIComponent(id)}`);
    await page.waitForSelector('#panel button[data-delete]');
  };

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`);
    t = await startTestService({
      seed: true,
      apiKeys: [`admin:${ADMIN_KEY}`],
      env: { ARGMAP_JWT_SECRET: HS256_SECRET, ARGMAP_JWT_ISSUER: ISSUER, ARGMAP_JWT_AUDIENCE: AUDIENCE },
    });
    edToken = await hs256Token('ed-subject', 'Ed');
    assert.equal((await t.gql<Data>('{ me { id } }', {}, edToken)).errors, undefined);
    await admin(`mutation ($m: ID!, $u: ID!) { setMembership(mapId: $m, userId: $u, role: EDITOR) { role } }`, {
      m: MAP,
      u: userIdOf(ISSUER, 'ed-subject'),
    });
    ids.kept = await create(
      'createClaim',
      `{ text: "Prisoners held in a foreign prison cannot reach their American lawyers.", kind: FACTUAL }`,
    );
    ids.merged = await create(
      'createClaim',
      `{ text: "Prisoners held in foreign prisons could not reach their American lawyers.", kind: FACTUAL }`,
    );
    ids.keptActor = await create('createActor', `{ name: "Jon Harbour", kind: PERSON }`);
    ids.mergedActor = await create('createActor', `{ name: "Jonathan Harbour", kind: PERSON, description: "a lawyer" }`);
    await create('addAssertion', `{ actorId: "${ids.keptActor}", claimId: "${ids.kept}", quote: "they cannot reach their lawyers" }`);
    await create('addAssertion', `{ actorId: "${ids.mergedActor}", claimId: "${ids.merged}", quote: "no way to reach a lawyer" }`);
    await create('createArgument', `{ kind: SUPPORT, premiseIds: ["${ids.merged}"], conclusionId: "${UNLAWFUL}" }`);
    browser = await launchChromium();
    page = await openPage(browser, problems);
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}`);
    await signIn(page, edToken, /^Ed · editor here/);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists a seed claim’s similar claims with their scores, each with a merge button for the editor', async () => {
    await open(UNLAWFUL);
    const item = await page.waitForSelector(`#similar-claims li:has(a[data-node="${UNCONSTITUTIONAL}"])`);
    assert.match((await item.textContent()) ?? '', /\d+% alike/);
    assert.ok((await page.$$('#similar-claims li')).length <= 5, 'the top five at most');
    assert.ok(await item.$('button[data-merge-claim]'), 'an editor may merge it');
    assert.deepEqual(await seriousViolations(page), [], 'the claim panel with its similar claims');
    assert.deepEqual(problems, []);
  });

  it('shows a reader who may not edit the similar claims, without merging', async () => {
    const reader = await openPage(browser, problems);
    try {
      await reader.goto(`${t.url}/?map=${encodeURIComponent(MAP)}&selected=${encodeURIComponent(UNLAWFUL)}`);
      await reader.waitForSelector(`#similar-claims a[data-node="${UNCONSTITUTIONAL}"]`);
      assert.equal(await reader.$('#similar-claims button'), null);
      assert.equal(await reader.$('#panel button[data-merge-actor-into]'), null);
    } finally {
      await reader.close();
    }
    assert.deepEqual(problems, []);
  });

  it('shows the API’s words when a merge would make an argument conclude in its own premise, and changes nothing', async () => {
    await open(UNLAWFUL);
    await page.click(`#similar-claims button[data-merge-claim="${UNCONSTITUTIONAL}"]`);
    await page.waitForSelector('#merge-dialog[open] #merge-confirm');
    assert.match((await page.textContent('#merge-survivor')) ?? '', new RegExp(UNLAWFUL));
    await page.click('#merge-confirm');
    const alert = await page.waitForSelector('#merge-outcome [role="alert"]');
    assert.match((await alert.textContent()) ?? '', /argument:support-unlawful-unconstitutional/);
    assert.equal((await claimNamed(UNCONSTITUTIONAL)).id, UNCONSTITUTIONAL, 'not merged');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#merge-dialog:not([open])', { state: 'attached' });
    assert.deepEqual(problems, []);
  });

  it('merges two claims by keyboard: the dialog says what survives and what moves; the survivor shows both; Undo brings the merged claim back', async () => {
    await open(ids.kept);
    await page.focus(`#similar-claims button[data-merge-claim="${ids.merged}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#merge-dialog[open] #merge-moves');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'merge-confirm', 'focus on Merge');
    assert.match((await page.textContent('#merge-survivor')) ?? '', new RegExp(ids.kept));
    assert.match((await page.textContent('#merge-merged')) ?? '', new RegExp(ids.merged));
    const moves = (await page.textContent('#merge-moves')) ?? '';
    assert.match(moves, /1 assertion\b/);
    assert.match(moves, /1 argument \(1 as premise, 0 concluding in it\)/);
    assert.match(moves, /0 citations/);
    assert.deepEqual(await seriousViolations(page), [], 'the merge dialog');
    await shoot(page, 'explorer-merge-dialog.png');
    await page.keyboard.press('Enter');

    await page.waitForFunction((merged) => (document.getElementById('merged-from')?.textContent ?? '').includes(merged), ids.merged);
    assert.equal(await page.getAttribute('#panel', 'data-node'), ids.kept, 'the survivor’s panel');
    const assertions = (await page.textContent('#assertions')) ?? '';
    assert.match(assertions, /Jon Harbour/);
    assert.match(assertions, /Jonathan Harbour/, 'the merged claim’s assertion moved');
    // The panel may be drawn again by the live feed before the bar is filled in: wait for the bar.
    await page.waitForFunction(() => /Merged the claim .* Revision \d+/.test(document.getElementById('undo-text')?.textContent ?? ''));
    assert.deepEqual(await claimNamed(ids.merged), { id: ids.kept, mergedFrom: [ids.merged] }, 'the merged id names the survivor');

    await page.click('#undo');
    await page.waitForFunction(() => /^Undone: revision \d+ reverted/.test(document.getElementById('undo-text')?.textContent ?? ''));
    assert.deepEqual(await claimNamed(ids.merged), { id: ids.merged, mergedFrom: [] }, 'the merged claim is back');
    await page.waitForFunction(() => !document.getElementById('merged-from'));
    assert.deepEqual(problems, []);
  });

  it('merges another actor into the one shown, picked by name', async () => {
    await open(ids.keptActor);
    await page.click('#panel button[data-merge-actor-into]');
    await page.waitForSelector('#merge-dialog[open]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'merge-actor-name', 'focus on the name');
    await page.keyboard.type('harbour');
    await page.waitForSelector(`#merge-actor-results button[data-merge-pick="${ids.mergedActor}"]`);
    assert.equal(await page.$(`#merge-actor-results button[data-merge-pick="${ids.keptActor}"]`), null, 'not itself');
    await page.click(`#merge-actor-results button[data-merge-pick="${ids.mergedActor}"]`);
    await page.waitForSelector('#merge-moves');
    assert.match((await page.textContent('#merge-moves')) ?? '', /1 assertion\b/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'merge-confirm');
    assert.deepEqual(await seriousViolations(page), [], 'the actor merge dialog');
    await page.keyboard.press('Enter');
    await page.waitForFunction((merged) => (document.getElementById('merged-from')?.textContent ?? '').includes(merged), ids.mergedActor);
    assert.match((await page.textContent('#actor-assertions')) ?? '', /no way to reach a lawyer/);
    const { actor } = await admin(`query ($id: ID!) { actor(id: $id) { id mergedFrom } }`, { id: ids.mergedActor });
    assert.deepEqual(actor, { id: ids.keptActor, mergedFrom: [ids.mergedActor] });
    await page.waitForFunction(() =>
      /Merged the actor Jonathan Harbour into Jon Harbour\. Revision \d+/.test(document.getElementById('undo-text')?.textContent ?? ''),
    );
    await page.click('#undo');
    await page.waitForFunction(() => /^Undone: revision \d+ reverted/.test(document.getElementById('undo-text')?.textContent ?? ''));
    const back = await admin(`query ($id: ID!) { actor(id: $id) { id name } }`, { id: ids.mergedActor });
    assert.deepEqual(back.actor, { id: ids.mergedActor, name: 'Jonathan Harbour' }, 'Undo brings the merged actor back');
    assert.deepEqual(problems, []);
  });

  it('lists possible duplicates while a new claim is typed, and opens one instead, by keyboard', async () => {
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}`);
    await page.waitForSelector('#edit:not([hidden])');
    await page.click('#edit-claim summary');
    await page.focus('#claim-new-text');
    await page.keyboard.type('Sending');
    await page.keyboard.type(' citizens');
    // Two words: too few to compare.
    assert.equal(await page.textContent('#claim-duplicates'), '');
    await page.keyboard.type(' to prisons abroad is unconstitutional');
    const use = await page.waitForSelector(`#claim-duplicates button[data-use-claim="${UNCONSTITUTIONAL}"]`);
    assert.equal(await page.getAttribute('#claim-duplicates', 'aria-live'), 'polite');
    assert.match((await page.textContent('#claim-duplicates')) ?? '', /Possible duplicates .*\d+% alike/s);
    assert.deepEqual(await seriousViolations(page), [], 'the form with its possible duplicates');
    await shoot(page, 'explorer-possible-duplicates.png');
    // Keyboard: Tab from the text reaches the first suggestion.
    const first = await page.$eval('#claim-duplicates button[data-use-claim]', (b) => (b as HTMLButtonElement).dataset.useClaim);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.useClaim), first);
    await use.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.getElementById('panel')?.dataset.node === id, UNCONSTITUTIONAL);
    assert.match((await page.textContent('#claim-text')) ?? '', /would be unconstitutional/);
    assert.deepEqual(problems, []);
  });
});
