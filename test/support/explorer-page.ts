/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate callbacks reach the explorer's Cytoscape instance, which has no types on this side */
/** Driving the explorer in headless Chromium (playwright-core): the browser tests' shared steps. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config.js';

export const CHROMIUM = process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = path.join(REPO_ROOT, 'test-output');

/** Headless Chromium as the tests run it; `extraArgs` adds flags (the Lighthouse audit opens a DevTools port). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** The viewport every browser test draws in. */
export const VIEWPORT = { width: 1400, height: 900 };

/** Records the page's console errors and uncaught errors in `problems` (the tests assert it stays empty). */
export function recordProblems(page: Page, problems: string[]): Page {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  return page;
}

/** A new page at the tests' viewport that accepts downloads, its problems recorded in `problems`. */
export async function openPage(browser: Browser, problems: string[]): Promise<Page> {
  return recordProblems(await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true }), problems);
}

/** Headless Chromium with one page open on it (openPage). */
export async function browserWithPage(problems: string[]): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  return { browser, page: await openPage(browser, problems) };
}

/** A screenshot into test-output/ (for people to look at; nothing is compared against it). */
export async function shoot(page: Page, name: string): Promise<Buffer> {
  await mkdir(OUTPUT, { recursive: true });
  const png = await page.screenshot({ type: 'png' });
  await writeFile(path.join(OUTPUT, name), png);
  return png;
}

export const statusText = (page: Page): Promise<string> => page.textContent('#status').then((t) => t ?? '');

/** Waits until the map reports what it drew (its status line: "N claims, M arguments around ..."). */
export async function waitForMap(page: Page): Promise<void> {
  try {
    // Generous: on a shared, loaded machine the first map of a fresh database takes a while.
    await page.waitForFunction(() => /claims, \d+ arguments/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 90_000,
    });
  } catch (error) {
    throw new Error(`the map did not load; status: ${await statusText(page)}`, { cause: error });
  }
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as any).argmap.cy;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Whether a node is drawn on the map. */
export const drawn = (page: Page, id: string): Promise<boolean> =>
  page.evaluate((nodeId) => (window as any).argmap.cy.getElementById(nodeId).nonempty(), id);

/** Drags one node onto another with the mouse, as a person would (both are brought into view first). */
export async function dragNodeOnto(page: Page, fromId: string, toId: string): Promise<void> {
  const [from, to] = await page.evaluate(
    ([a, b]) => {
      const cy = (window as any).argmap.cy;
      cy.fit(cy.getElementById(a).union(cy.getElementById(b)), 120);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return [a, b].map((id) => {
        const p = cy.getElementById(id).renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      });
    },
    [fromId, toId],
  );
  await page.mouse.move(from!.x, from!.y);
  await page.mouse.down();
  await page.mouse.move(from!.x + 10, from!.y + 10, { steps: 5 });
  // The node starts to follow a few pixels after the pointer: aim so that the node, not the pointer, lands on the target.
  const lag = await page.evaluate(
    ([a, x, y]) => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = (window as any).argmap.cy.getElementById(a).renderedPosition();
      return { x: x - (box.left + p.x), y: y - (box.top + p.y) };
    },
    [fromId, from!.x + 10, from!.y + 10] as const,
  );
  await page.mouse.move(to!.x + lag.x, to!.y + lag.y, { steps: 20 });
  await page.mouse.up();
}

/** The serious and critical accessibility violations axe-core finds in the page as it is now. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; target: string }[]> {
  await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target?.join(' ') }));
  });
  return (violations as { id: string; impact: string; target: string }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs in through the explorer's "Sign in" dialog with a token or an API key, by keyboard, and waits until the page says who. */
export async function signIn(page: Page, token: string, expect: RegExp): Promise<void> {
  await page.click('#sign-in');
  await page.waitForSelector('#sign-in-dialog[open]');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('who')?.textContent ?? ''), expect.source);
}
