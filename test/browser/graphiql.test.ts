import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config.js';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/api/graphql/graphiql-examples.js';
import { GRAPHIQL_CSP } from '../../src/api/graphql/graphiql.js';
import { graphiqlLink } from '../../web/src/api.js';
import { CHROMIUM, launchChromium, recordProblems, VIEWPORT } from '../support/explorer-page.js';
import { CLAIM } from '../../web/src/operations.js';
import { startTestService, type TestService } from '../support/service.js';

const OUTPUT = path.join(REPO_ROOT, 'test-output');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Origins the page may reach: the service itself, and what the page makes in memory. */
const isLocal = (address: string) => {
  const url = new URL(address);
  return url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
};

describe('GraphiQL in headless Chromium, offline', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  /** Requests that left the machine (refused), console errors, page errors and CSP violations. */
  const external: string[] = [];
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
    t = await startTestService({ seed: true });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT });
    // Every request of the page and of its workers goes through here; anything not local is refused and recorded.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => {
      if (!isLocal(request.url()) && !external.includes(request.url())) external.push(request.url());
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = recordProblems(await context.newPage(), problems);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens with its strict CSP, loading nothing from outside the service', async () => {
    const response = await page.goto(`${t.url}/graphql`);
    assert.equal(response?.status(), 200);
    assert.equal(response?.headers()['content-security-policy'], GRAPHIQL_CSP);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(external, [], 'the page asked for nothing outside the service');
    await page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 30_000 });
    // The query editor holds the first example, as typed in src/api/graphql/graphiql-examples.ts.
    await page.waitForFunction(
      () => /query\sWhoAssertedWhat/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
      null,
      {
        timeout: 20_000,
      },
    );
    assert.deepEqual(external, []);
    assert.deepEqual(problems, []);
  });

  it('runs the example query and shows its result', async () => {
    const expected = await t.gql<{ issues: { edges: { node: { question: string } }[] } }>(GRAPHIQL_DEFAULT_QUERY);
    assert.equal(expected.errors, undefined);
    const question = expected.data!.issues.edges[0]!.node.question;
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await page.click('.graphiql-execute-button');
    const answer = (await (await answered).json()) as { data: unknown; errors?: unknown };
    assert.equal(answer.errors, undefined);
    assert.deepEqual(answer.data, expected.data, 'GraphiQL got what the API answers');
    // The result pane shows the answer's first lines, the issue's question among them.
    await page.waitForFunction(
      (text) => (document.querySelector('.result-window')?.textContent ?? '').replace(/\s+/g, ' ').includes(text),
      `"question": "${question.slice(0, 25)}`,
      { timeout: 20_000 },
    );
    await mkdir(OUTPUT, { recursive: true });
    await writeFile(path.join(OUTPUT, 'graphiql.png'), await page.screenshot({ type: 'png' }));
    assert.deepEqual(external, []);
    assert.deepEqual(problems, []);
  });

  it("opens the explorer's links with their query and variables", async () => {
    const id = 'claim:us-should-send-convicted-citizens-to-el-salvador';
    await page.goto(`${t.url}${graphiqlLink(CLAIM, { id })}`);
    await page.waitForFunction(() => /query\sClaim\(/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await page.click('.graphiql-execute-button');
    const response = await answered;
    const answer = (await response.json()) as { data?: { claim: { id: string } | null } };
    assert.equal(answer.data?.claim?.id, id, `${response.request().postData()} -> ${JSON.stringify(answer)}`);
    await page.waitForFunction(() => /"claim":\s\{/.test(document.querySelector('.result-window')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    assert.deepEqual(external, []);
    assert.deepEqual(problems, []);
  });
});
