/**
 * The explorer with people: a reader signs in with a real token (HS256, issued here as an
 * identity provider would) or is handed one by an embedding frontend (`#token=`), sees who they
 * are, the maps they may see with their role, and only the controls their role allows; an ADMIN
 * manages a map's members; a refused token says so and offers to sign in again.
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

const SECRET = 'map:alices-secret';
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the explorer with people: sign-in, roles, private maps, members', () => {
  let t: TestService;
  let browser: Browser;
  const problems: string[] = [];
  const token = { alice: '', bob: '', carol: '' };
  let claimId = '';
  const as = async (who: keyof typeof token, query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const r = await t.gql<Data>(query, variables, token[who]);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!;
  };
  const pickerIds = (page: Page) => page.$$eval('#map-picker option', (options) => (options as HTMLOptionElement[]).map((o) => o.value));
  const members = async () =>
    ((await as('alice', `query ($id: ID!) { map(id: $id) { members { user { name } role } } }`, { id: SECRET })).map.members as Data[]).map(
      (m) => `${m.user.name} ${m.role}`,
    );

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`);
    t = await startTestService({
      apiKeys: [],
      env: { ARGMAP_JWT_SECRET: HS256_SECRET, ARGMAP_JWT_ISSUER: ISSUER, ARGMAP_JWT_AUDIENCE: AUDIENCE },
    });
    token.alice = await hs256Token('alice-subject', 'Alice');
    token.bob = await hs256Token('bob-subject', 'Bob');
    token.carol = await hs256Token('carol-subject', 'Carol');
    // Each is recorded the first time they are seen.
    for (const who of ['alice', 'bob', 'carol'] as const) await as(who, '{ me { id } }');
    await as('alice', `mutation { createMap(input: { name: "Alice's secret", slug: "alices-secret", visibility: PRIVATE }) { id } }`);
    claimId = (
      await as(
        'alice',
        `mutation ($m: ID) { createClaim(mapId: $m, input: { text: "The tide comes in twice a day.", kind: FACTUAL }) { id } }`,
        {
          m: SECRET,
        },
      )
    ).createClaim.id;
    await as('alice', `mutation ($m: ID!, $u: ID!) { setMembership(mapId: $m, userId: $u, role: VIEWER) { role } }`, {
      m: SECRET,
      u: userIdOf(ISSUER, 'bob-subject'),
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('hides a private map from an anonymous reader: not in the picker, and not found by its address', async () => {
    const page = await openPage(browser, problems);
    try {
      await page.goto(`${t.url}/?map=${encodeURIComponent(SECRET)}`);
      await page.waitForFunction(() => /not yours to see/.test(document.getElementById('overview')?.textContent ?? ''));
      await page.waitForFunction(() => document.querySelectorAll('#map-picker option').length > 0);
      // The address's id stands in the picker on its own (as for any map not listed), under no name.
      assert.deepEqual(await pickerIds(page), [SECRET]);
      const listed = await page.$$eval('#map-picker option', (o) => (o as HTMLOptionElement[]).map((x) => x.textContent ?? ''));
      assert.ok(!listed.some((text) => /Alice's secret/.test(text)), `listed: ${listed.join(' | ')}`);
      assert.equal(await page.textContent('#who'), 'Not signed in');
      assert.equal(await page.isVisible('#sign-out'), false);
      assert.equal(await page.isVisible('#edit'), false, 'no edit controls for an anonymous reader');
      assert.equal(await page.isVisible('#members-open'), false);
    } finally {
      await page.close();
    }
  });

  it('signs in with a real HS256 token: shows the user, lists their private map with their role, and the ADMIN controls', async () => {
    const page = await openPage(browser, problems);
    try {
      await page.goto(`${t.url}/`);
      await page.waitForSelector('#map-picker option[value="map:default"]', { state: 'attached' });
      await signIn(page, token.alice, /^Alice/);
      assert.equal(await page.evaluate(() => sessionStorage.getItem('argmap.token')), token.alice, 'kept for the tab');
      await page.waitForSelector(`#map-picker option[value="${SECRET}"]`, { state: 'attached' });
      const text = await page.textContent(`#map-picker option[value="${SECRET}"]`);
      assert.match(text ?? '', /Alice's secret .*\[private, you: owner\]/);
      assert.equal(await page.isVisible('#sign-out'), true);
      assert.equal(await page.isVisible('#new-map'), true);

      // Choosing the map by keyboard: the role there shows, and so do the members and the forms.
      await page.selectOption('#map-picker', SECRET);
      await page.waitForFunction(() => /owner here/.test(document.getElementById('who')?.textContent ?? ''));
      await page.waitForSelector('#members-open:not([hidden])');
      assert.equal(await page.isVisible('#edit'), true);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('lets an ADMIN add a member by id, change their role and remove them, by keyboard, in an accessible dialog', async () => {
    const page = await openPage(browser, problems);
    try {
      await page.goto(`${t.url}/?map=${encodeURIComponent(SECRET)}`);
      await signIn(page, token.alice, /^Alice · owner here/);
      await page.focus('#members-open');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#members-dialog[open]');
      await page.waitForFunction(() => document.querySelectorAll('#members-list li[data-user]').length === 2);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'members-title', 'focus moves into the dialog');
      assert.deepEqual(await seriousViolations(page), [], 'the members dialog');

      const carol = userIdOf(ISSUER, 'carol-subject');
      await page.focus('#member-user');
      await page.keyboard.type(carol);
      await page.selectOption('#member-role', 'VIEWER');
      await page.focus('#member-form button[type="submit"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /Added Carol as viewer/.test(document.getElementById('members-result')?.textContent ?? ''));
      assert.deepEqual(await members(), ['Alice OWNER', 'Bob VIEWER', 'Carol VIEWER']);

      await page.selectOption(`select[data-member-role="${carol}"]`, 'EDITOR');
      await page.waitForFunction(() => /Carol is now editor/.test(document.getElementById('members-result')?.textContent ?? ''));
      assert.deepEqual(await members(), ['Alice OWNER', 'Bob VIEWER', 'Carol EDITOR']);

      await page.focus(`button[data-member-remove="${carol}"]`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /Removed/.test(document.getElementById('members-result')?.textContent ?? ''));
      assert.deepEqual(await members(), ['Alice OWNER', 'Bob VIEWER']);
      assert.equal(await page.$(`li[data-user="${carol}"]`), null);

      // Escape closes the dialog and gives focus back to the button that opened it.
      await page.keyboard.press('Escape');
      await page.waitForSelector('#members-dialog:not([open])', { state: 'attached' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'members-open');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('takes a token from an embedding frontend (#token=, removed from the address); a VIEWER sees the map and no edit controls', async () => {
    const page = await openPage(browser, problems);
    try {
      await page.goto(`${t.url}/?map=${encodeURIComponent(SECRET)}&selected=${encodeURIComponent(claimId)}#token=${token.bob}`);
      await page.waitForFunction(() => /^Bob · viewer here/.test(document.getElementById('who')?.textContent ?? ''));
      assert.equal(new URL(page.url()).hash, '', 'the token is gone from the address');
      assert.ok(!page.url().includes(token.bob));
      await page.waitForFunction(() => /tide comes in/.test(document.getElementById('claim-text')?.textContent ?? ''));
      assert.equal(await page.$$eval('#panel [data-edit], #panel [data-delete]', (b) => b.length), 0, 'no Edit or Delete in the panel');
      assert.equal(await page.isVisible('#edit'), false, 'no forms to add');
      assert.equal(await page.isVisible('#members-open'), false, 'no members');
      assert.equal(await page.evaluate(() => sessionStorage.getItem('argmap.token')), token.bob);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('a refused token (expired) is said clearly, and the page offers to sign in again', async () => {
    const page = await openPage(browser, problems);
    try {
      const expired = await hs256Token('alice-subject', 'Alice', { expiresAt: Math.floor(Date.now() / 1000) - 600 });
      await page.goto(`${t.url}/?map=${encodeURIComponent(SECRET)}&selected=${encodeURIComponent(claimId)}`);
      await page.waitForSelector('#map-picker option', { state: 'attached' });
      // Signing in with it is refused in the dialog, which stays open.
      await page.click('#sign-in');
      await page.keyboard.type(expired);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        /did not accept this token: .*expired/i.test(document.getElementById('sign-in-error')?.textContent ?? ''),
      );
      assert.equal(await page.isVisible('#session-alert'), false);
      assert.equal(await page.evaluate(() => sessionStorage.getItem('argmap.token')), null);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-token');
      assert.deepEqual(await seriousViolations(page), [], 'the sign-in dialog');
      await page.keyboard.press('Escape');

      // Signed in, then the token expires: the next change is refused with UNAUTHENTICATED.
      await signIn(page, token.alice, /^Alice · owner here/);
      await page.waitForSelector('#panel button[data-edit]');
      await page.evaluate((value) => sessionStorage.setItem('argmap.token', value), expired);
      await page.click('#panel button[aria-label="Edit the claim"]');
      await page.fill('#curate-field-0', 'The tide comes in twice a day, mostly.');
      await page.click('#curate-form button[type="submit"]');
      await page.waitForSelector('#session-alert:not([hidden])');
      assert.match((await page.textContent('#session-alert-text')) ?? '', /refused your sign-in.*expired/i);
      assert.match((await page.textContent('#curate-outcome')) ?? '', /UNAUTHENTICATED|expired/);
      await page.keyboard.press('Escape');
      await page.click('#session-alert-sign-in');
      await page.waitForSelector('#sign-in-dialog[open]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-token');
      assert.equal(
        (await as('alice', `query ($id: ID!) { claim(id: $id) { text } }`, { id: claimId })).claim.text,
        'The tide comes in twice a day.',
        'nothing changed',
      );
      assert.equal(await page.evaluate(() => sessionStorage.getItem('argmap.token')), null, 'the refused token is dropped');
      assert.deepEqual(
        problems.filter((p) => !/status of 401/.test(p)),
        [],
      );
    } finally {
      // The browser logs each refused request (401) as a console error: those were the point here.
      problems.splice(0, problems.length, ...problems.filter((p) => !/status of 401/.test(p)));
      await page.close();
    }
  });

  it('creates a private map from the "New map" dialog and opens it, the creator its owner', async () => {
    const page = await openPage(browser, problems);
    try {
      await page.goto(`${t.url}/`);
      await signIn(page, token.carol, /^Carol/);
      await page.click('#new-map');
      await page.keyboard.type('Carol’s notes');
      await page.selectOption('#new-map-visibility', 'PRIVATE');
      await page.click('#new-map-form button[type="submit"]');
      await page.waitForFunction(() => document.getElementById('map-name')?.textContent === 'Carol’s notes');
      await page.waitForFunction(() => /owner here/.test(document.getElementById('who')?.textContent ?? ''));
      const id = new URL(page.url()).searchParams.get('map')!;
      const { map } = await as('carol', `query ($id: ID!) { map(id: $id) { visibility myRole } }`, { id });
      assert.deepEqual(map, { visibility: 'PRIVATE', myRole: 'OWNER' });
      const anonymous = await t.gql<Data>(`query ($id: ID!) { map(id: $id) { id } }`, { id }, null);
      assert.equal(anonymous.data?.map ?? null, null, 'nobody else sees it');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
