/**
 * Curating in the explorer, as an EDITOR signed in with a real token: each panel's Edit sends its
 * update with the revision it was read at (a change made meanwhile is refused and offered for
 * reloading), Delete shows what depends on the item before deleting it with them, and Undo
 * reverts the editor's own revision. One flow by keyboard alone; axe-core on the dialogs.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { userIdOf } from '../../src/domain/people.js';
import { CHROMIUM, launchChromium, openPage, seriousViolations, signIn } from '../support/explorer-page.js';
import { AUDIENCE, HS256_SECRET, hs256Token, ISSUER } from '../support/jwks.js';
import { startTestService, type TestService } from '../support/service.js';

const MAP = 'map:tides';
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the explorer curates a map: edit, delete with dependants, undo', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const token = { olive: '', ed: '' };
  const ids: Record<'tide' | 'moon' | 'wind' | 'argument' | 'actor' | 'other' | 'assertion' | 'provision' | 'issue', string> = {
    tide: '',
    moon: '',
    wind: '',
    argument: '',
    actor: '',
    other: '',
    assertion: '',
    provision: '',
    issue: '',
  };
  const as = async (who: keyof typeof token, query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const r = await t.gql<Data>(query, variables, token[who]);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!;
  };
  const create = async (field: string, input: string) =>
    (await as('olive', `mutation ($m: ID) { ${field}(mapId: $m, input: ${input}) { id } }`, { m: MAP }))[field].id as string;
  const claimText = async (id: string) => (await as('olive', `query ($id: ID!) { claim(id: $id) { text } }`, { id })).claim?.text;
  /** Opens a node's panel as the editor, and waits for its Edit button. */
  const open = async (id: string) => {
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}&selected=${encodeURIComponent(id)}`);
    await page.waitForSelector('#panel button[data-delete]');
  };
  const undo = async () => {
    await page.waitForSelector('#undo:not([hidden])');
    await page.click('#undo');
    await page.waitForFunction(() => /^Undone: revision \d+ reverted/.test(document.getElementById('undo-text')?.textContent ?? ''));
  };

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`);
    t = await startTestService({
      apiKeys: [],
      env: { ARGMAP_JWT_SECRET: HS256_SECRET, ARGMAP_JWT_ISSUER: ISSUER, ARGMAP_JWT_AUDIENCE: AUDIENCE },
    });
    token.olive = await hs256Token('olive-subject', 'Olive');
    token.ed = await hs256Token('ed-subject', 'Ed');
    for (const who of ['olive', 'ed'] as const) await as(who, '{ me { id } }');
    await as('olive', `mutation { createMap(input: { name: "Tides", slug: "tides" }) { id } }`);
    await as('olive', `mutation ($m: ID!, $u: ID!) { setMembership(mapId: $m, userId: $u, role: EDITOR) { role } }`, {
      m: MAP,
      u: userIdOf(ISSUER, 'ed-subject'),
    });
    ids.tide = await create('createClaim', `{ text: "The tide comes in twice a day.", kind: FACTUAL }`);
    ids.moon = await create('createClaim', `{ text: "The moon pulls the sea.", kind: FACTUAL }`);
    ids.wind = await create('createClaim', `{ text: "Wind piles water against the coast.", kind: FACTUAL }`);
    ids.argument = await create('createArgument', `{ kind: SUPPORT, premiseIds: ["${ids.moon}"], conclusionId: "${ids.tide}" }`);
    ids.actor = await create('createActor', `{ name: "Jon Harbour", kind: PERSON }`);
    ids.other = await create('createActor', `{ name: "Mara Quay", kind: PERSON }`);
    ids.assertion = await create('addAssertion', `{ actorId: "${ids.actor}", claimId: "${ids.tide}", quote: "twice a day" }`);
    ids.provision = await create('createProvision', `{ name: "Harbour bylaw 4", kind: CLAUSE }`);
    await as(
      'olive',
      `mutation ($m: ID) { citeProvision(mapId: $m, input: { claimId: "${ids.tide}", provisionId: "${ids.provision}", role: CONTEXT }) { role } }`,
      {
        m: MAP,
      },
    );
    ids.issue = await create('createIssue', `{ question: "Are tides predictable?" }`);
    await as(
      'olive',
      `mutation ($m: ID) { setPosition(mapId: $m, input: { claimId: "${ids.tide}", issueId: "${ids.issue}", stance: PRO }) { stance } }`,
      { m: MAP },
    );
    browser = await launchChromium();
    page = await openPage(browser, problems);
    await page.goto(`${t.url}/?map=${encodeURIComponent(MAP)}`);
    await signIn(page, token.ed, /^Ed · editor here/);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an EDITOR sees Edit and Delete on every panel, the forms to add, and no members', async () => {
    for (const id of [ids.tide, ids.argument, ids.actor, ids.provision]) {
      await open(id);
      assert.ok((await page.$$('#panel button[data-edit]')).length > 0, `Edit on ${id}`);
    }
    await open(ids.tide);
    // The claim's assertion, citation: each its own Edit and Delete.
    assert.ok(await page.$('#panel button[aria-label="Edit the assertion by Jon Harbour"]'));
    assert.ok(await page.$('#panel button[aria-label="Delete the citation of Harbour bylaw 4"]'));
    assert.equal(await page.isVisible('#edit'), true);
    assert.equal(await page.isVisible('#members-open'), false, 'members need ADMIN');
    assert.deepEqual(problems, []);
  });

  it('edits a claim with the revision it was read at, and Undo (the editor’s own revision) restores it', async () => {
    await open(ids.tide);
    await page.click('#panel button[aria-label="Edit the claim"]');
    await page.waitForSelector('#curate-dialog[open]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'curate-field-0', 'focus moves into the form');
    assert.deepEqual(await seriousViolations(page), [], 'the edit dialog');
    await page.fill('#curate-field-0', 'The tide comes in about twice a day.');
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /about twice a day/.test(document.getElementById('claim-text')?.textContent ?? ''));
    assert.equal(await claimText(ids.tide), 'The tide comes in about twice a day.');
    assert.match((await page.textContent('#undo-text')) ?? '', /Saved the claim \(text\)\. Revision \d+/);
    await undo();
    await page.waitForFunction(() => document.getElementById('claim-text')?.textContent === 'The tide comes in twice a day.');
    assert.equal(await claimText(ids.tide), 'The tide comes in twice a day.');
    assert.deepEqual(problems, []);
  });

  it('refuses an edit of what changed since the panel was read, and offers to reload it', async () => {
    await open(ids.moon);
    await page.click('#panel button[aria-label="Edit the claim"]');
    await as('olive', `mutation ($id: ID!) { updateClaim(id: $id, input: { text: "The moon pulls the sea towards it." }) { id } }`, {
      id: ids.moon,
    });
    await page.fill('#curate-field-0', 'The moon drags the oceans.');
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /changed since you opened it/.test(document.getElementById('curate-outcome')?.textContent ?? ''));
    assert.equal(await claimText(ids.moon), 'The moon pulls the sea towards it.', 'the other change stands');
    await page.click('#curate-reload');
    await page.waitForFunction(() => document.getElementById('claim-text')?.textContent === 'The moon pulls the sea towards it.');
    assert.deepEqual(problems, []);
  });

  it('renames an actor by keyboard alone: Enter opens the form, Tab to Save, focus comes back; Escape closes a dialog', async () => {
    await open(ids.actor);
    await page.focus('#panel button[aria-label="Edit the actor Jon Harbour"]');
    // Escape closes without a change, focus back on Edit.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#curate-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#curate-dialog:not([open])', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Edit the actor Jon Harbour');

    await page.keyboard.press('Enter');
    await page.waitForSelector('#curate-dialog[open]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Jonathan Harbour');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab'); // kind, description, Save
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('actor-name')?.textContent === 'Jonathan Harbour');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Edit the actor Jonathan Harbour');
    const { actor } = await as('olive', `query ($id: ID!) { actor(id: $id) { name } }`, { id: ids.actor });
    assert.equal(actor.name, 'Jonathan Harbour');
    assert.deepEqual(problems, []);
  });

  it('changes an argument’s premises, in order', async () => {
    await open(ids.argument);
    await page.click('#panel button[aria-label="Edit the argument"]');
    await page.fill('#curate-dialog textarea[name="premiseIds"]', `${ids.wind}\n${ids.moon}`);
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /Saved the argument \(premiseIds\)/.test(document.getElementById('undo-text')?.textContent ?? ''));
    const { argument } = await as('olive', `query ($id: ID!) { argument(id: $id) { premises { id } conclusion { id } } }`, {
      id: ids.argument,
    });
    assert.deepEqual(
      argument.premises.map((p: Data) => p.id),
      [ids.wind, ids.moon],
    );
    assert.equal(argument.conclusion.id, ids.tide);
    await page.waitForFunction((wind) => !!document.querySelector(`#panel a[data-node="${wind}"]`), ids.wind);
    assert.deepEqual(problems, []);
  });

  it('deletes a cited provision only after showing its dependants, with cascade; Undo brings back the provision and its citation', async () => {
    const cited = async () =>
      (await as('olive', `query ($id: ID!) { claim(id: $id) { citations { provision { id } } } }`, { id: ids.tide })).claim.citations.map(
        (c: Data) => c.provision.id,
      );
    assert.deepEqual(await cited(), [ids.provision]);
    await open(ids.provision);
    await page.click('#panel button[aria-label="Delete the provision Harbour bylaw 4"]');
    await page.waitForSelector('#curate-dialog[open]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'curate-delete');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#curate-dependants');
    assert.match((await page.textContent('#curate-dependants')) ?? '', new RegExp(`1 claim citing it: ${ids.tide}`));
    assert.equal(await page.textContent('#curate-cascade'), 'Delete with 1 dependant');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'curate-cascade');
    assert.deepEqual(await seriousViolations(page), [], 'the delete dialog with its dependants');
    const still = await as('olive', `query ($id: ID!) { provision(id: $id) { id } }`, { id: ids.provision });
    assert.equal(still.provision.id, ids.provision, 'refused: nothing deleted yet');

    await page.click('#curate-cascade');
    await page.waitForFunction(() =>
      /Deleted the provision Harbour bylaw 4 and what depended on it/.test(document.getElementById('undo-text')?.textContent ?? ''),
    );
    assert.equal((await as('olive', `query ($id: ID!) { provision(id: $id) { id } }`, { id: ids.provision })).provision, null);
    assert.deepEqual(await cited(), []);

    await undo();
    assert.equal((await as('olive', `query ($id: ID!) { provision(id: $id) { id } }`, { id: ids.provision })).provision.id, ids.provision);
    assert.deepEqual(await cited(), [ids.provision], 'the citation is back too');
    assert.deepEqual(problems, []);
  });

  it('edits and removes a citation from the claim panel', async () => {
    await open(ids.tide);
    await page.click('#panel button[aria-label="Edit the citation of Harbour bylaw 4"]');
    await page.selectOption('#curate-dialog select[name="role"]', 'PERMITS');
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /PERMITS/.test(document.getElementById('panel')?.textContent ?? ''));
    await page.click('#panel button[aria-label="Delete the citation of Harbour bylaw 4"]');
    await page.click('#curate-delete');
    await page.waitForFunction(() => /Deleted the citation/.test(document.getElementById('undo-text')?.textContent ?? ''));
    const { claim } = await as('olive', `query ($id: ID!) { claim(id: $id) { citations { role } } }`, { id: ids.tide });
    assert.deepEqual(claim.citations, []);
    assert.deepEqual(problems, []);
  });

  it('edits an issue’s question, changes a position from the claim panel, and deletes the issue with its positions', async () => {
    await open(ids.issue);
    await page.click('#panel button[aria-label="Edit the issue"]');
    await page.fill('#curate-field-0', 'Can tides be predicted?');
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => document.getElementById('issue-question')?.textContent === 'Can tides be predicted?');

    await open(ids.tide);
    await page.click('#panel button[aria-label="Edit the position on Can tides be predicted?"]');
    await page.selectOption('#curate-dialog select[name="stance"]', 'CON');
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /Saved the position/.test(document.getElementById('undo-text')?.textContent ?? ''));
    const stances = async () =>
      (await as('olive', `query ($id: ID!) { issue(id: $id) { positions { stance } } }`, { id: ids.issue })).issue?.positions.map(
        (p: Data) => p.stance,
      );
    assert.deepEqual(await stances(), ['CON']);

    await open(ids.issue);
    await page.click('#panel button[aria-label="Delete the issue"]');
    await page.click('#curate-delete');
    await page.waitForSelector('#curate-dependants');
    assert.match((await page.textContent('#curate-dependants')) ?? '', /1 position/);
    await page.click('#curate-cascade');
    await page.waitForFunction(() =>
      /Deleted the issue and what depended on it/.test(document.getElementById('undo-text')?.textContent ?? ''),
    );
    assert.equal(await stances(), undefined, 'the issue is gone');
    await undo();
    assert.deepEqual(await stances(), ['CON'], 'Undo brings back the issue and its position');
    assert.deepEqual(problems, []);
  });

  it('gives a quote to the speaker who really said it: the assertion’s actor changes, its quote stays', async () => {
    await open(ids.tide);
    await page.click('#panel button[aria-label^="Edit the assertion by "]');
    await page.selectOption('#curate-dialog select[name="actorId"]', ids.other);
    await page.click('#curate-form button[type="submit"]');
    await page.waitForFunction(() => /Saved the assertion by .* \(actorId\)/.test(document.getElementById('undo-text')?.textContent ?? ''));
    const { assertion } = await as('olive', `query ($id: ID!) { assertion(id: $id) { actor { id } quote } }`, { id: ids.assertion });
    assert.deepEqual(assertion, { actor: { id: ids.other }, quote: 'twice a day' });
    await page.waitForSelector('#panel button[aria-label="Edit the assertion by Mara Quay"]');
    assert.deepEqual(problems, []);
  });
});
