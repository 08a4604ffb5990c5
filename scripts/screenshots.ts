/**
 * The README's screenshots of the explorer, taken with playwright-core in headless Chromium from
 * a running service that holds the seed debate:
 *
 *   npm start &   # or any argmap with the seed debate
 *   npx tsx scripts/screenshots.ts [--url http://localhost:4000] [--out docs]
 *
 * Writes explorer-overview.png (the overview), explorer-verdict.png (a claim on the map with its
 * verdict and explanation) and explorer-map.png (the full map).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../src/config.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'docs') },
  },
});
const url = values.url.replace(/\/$/, '');
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${url}/`);
  await page.waitForSelector('#overview [data-verdict-for] .verdict', { timeout: 120_000 });
  // Open the first position that has arguments, to show the drill-down.
  await page.locator('#overview .column.pro .card button.expand').first().click();
  await page.waitForSelector('#overview .children .argument', { timeout: 120_000 });
  await page.screenshot({ path: path.join(out, 'explorer-overview.png') });

  const claim = 'claim:sending-citizens-to-foreign-prisons-is-unlawful';
  await page.goto(`${url}/?view=map&root=${encodeURIComponent(claim)}&depth=2&semantics=PREFERRED&selected=${encodeURIComponent(claim)}`);
  await page.waitForFunction(() => /claims, \d+ arguments/.test(document.getElementById('status')?.textContent ?? ''), null, {
    timeout: 120_000,
  });
  await page.waitForSelector('#explanation li', { timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { argmap: { verdicts: Map<string, unknown> } }).argmap.verdicts.size > 0, null, {
    timeout: 120_000,
  });
  await page.evaluate((id) => {
    const cy = (window as unknown as { argmap: { cy: { getElementById(id: string): { select(): void }; center(n: unknown): void } } })
      .argmap.cy;
    const node = cy.getElementById(id);
    node.select();
    cy.center(node);
  }, claim);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'explorer-verdict.png') });

  await page.goto(`${url}/?view=map`);
  await page.waitForFunction(() => /claims, \d+ arguments/.test(document.getElementById('status')?.textContent ?? ''), null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(out, 'explorer-map.png') });
  process.stderr.write(`Screenshots written to ${out}\n`);
} finally {
  await browser.close();
}
