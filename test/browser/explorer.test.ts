/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate callbacks reach the explorer's Cytoscape instance, which has no types on this side */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config.js';
import { EXPLORER_DIR } from '../../src/api/http/explorer-route.js';
import { startTestService, type TestService } from '../support/service.js';

const CHROMIUM = process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = path.join(REPO_ROOT, 'test-output');
const POLICY = 'claim:us-should-send-convicted-citizens-to-el-salvador';

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

async function shoot(page: Page, name: string): Promise<Buffer> {
  await mkdir(OUTPUT, { recursive: true });
  const png = await page.screenshot({ type: 'png' });
  await writeFile(path.join(OUTPUT, name), png);
  return png;
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { argmap: { cy: any } }).argmap.cy;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe('the explorer in headless Chromium', () => {
  let t: TestService;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(path.join(EXPLORER_DIR, 'index.html')), 'the explorer is built (npm run build:web)');
    assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
    t = await startTestService({ seed: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
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

  it('loads the seed map with no console errors, and draws it', async () => {
    await page.goto(`${t.url}/`);
    await page.waitForFunction(() => /claims, \d+ arguments/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    const counts = await page.evaluate(() => {
      const cy = (window as unknown as { argmap: { cy: any } }).argmap.cy;
      return {
        claims: cy.nodes('[type = "Claim"]').length,
        arguments: cy.nodes('[type = "Argument"]').length,
        attacks: cy.edges('[polarity = "attack"]').length,
      };
    });
    assert.ok(counts.claims > 20, `claims drawn: ${counts.claims}`);
    assert.ok(counts.arguments > 20 && counts.attacks > 0, JSON.stringify(counts));
    assert.match((await page.textContent('#question')) ?? '', /citizens/);
    const png = await shoot(page, 'explorer-map.png');
    assert.ok(png.length > 20_000, `screenshot of ${png.length} bytes`);
    await page.waitForTimeout(300); // one animation frame or so: Cytoscape draws asynchronously
    const inked = await inkedShare(page);
    assert.ok(inked > 0.01, `the map canvas is not blank (${(inked * 100).toFixed(1)}% drawn)`);
    assert.deepEqual(problems, []);
  });

  it('clicking a claim shows who asserted it, with quotes and sources', async () => {
    await clickNode(page, POLICY);
    await page.waitForSelector('#claim-text');
    assert.match((await page.textContent('#claim-text')) ?? '', /El Salvador/);
    const quotes = await page.$$eval('.assertion', (nodes) => nodes.map((n) => n.textContent ?? ''));
    assert.ok(quotes.length >= 3, `${quotes.length} assertions shown`);
    assert.ok(quotes.some((q) => q.includes('homegrown criminal') && q.includes('Donald Trump')));
    assert.match((await page.getAttribute('#graphiql', 'href')) ?? '', /^\/graphql\?query=/);
    await shoot(page, 'explorer-claim.png');
    assert.deepEqual(problems, []);
  });

  it('a filter changes what is shown', async () => {
    const faded = () => page.evaluate(() => (window as unknown as { argmap: { cy: any } }).argmap.cy.$('.faded').length);
    assert.equal(await faded(), 0);
    await page.selectOption('#filter-actor', 'actor:amanda-frost');
    await page.waitForFunction(() => /match the filters/.test(document.getElementById('status')?.textContent ?? ''));
    assert.ok((await faded()) > 10);
    await shoot(page, 'explorer-filtered.png');
    await page.selectOption('#filter-actor', '');
    await page.waitForFunction(() => (window as unknown as { argmap: { cy: any } }).argmap.cy.$('.faded').length === 0);
  });

  it('search focuses a node', async () => {
    await page.fill('#search', 'denaturalise');
    await page.click('#search-form button');
    await page.waitForFunction(() => /^Selected /.test(document.getElementById('status')?.textContent ?? ''));
    const selected = await page.evaluate(() =>
      (window as unknown as { argmap: { cy: any } }).argmap.cy.$('node:selected').map((n: any) => n.id()),
    );
    assert.equal(selected.length, 1);
    assert.match(selected[0], /denaturalis/);
    await shoot(page, 'explorer-search.png');
    assert.deepEqual(problems, []);
  });
});
