import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs when missing; ANNALS_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.ANNALS_CHROMIUM ?? '/usr/bin/chromium';

/** Skip the browser tests when there is no Chromium, except in CI, where they must fail instead. */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;
if (skipBrowser) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; with CI set they fail instead)`);

/** The describe title: says why when the tests are skipped. */
export const browserTitle = (title: string): string => (skipBrowser ? `${title} — skipped: no Chromium at ${CHROMIUM} (with CI set this fails)` : title);

/** Where the tests leave their screenshots (git-ignored). */
export const SHOTS = join('test-output', 'web');

/** One headless Chromium for a test file. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'] });
}

/** What a page did that it should not: uncaught errors, console errors, CSP violations, requests off this machine. */
export interface Misdeeds {
  errors: string[];
  offMachine: string[];
}

/**
 * A new page whose every request to anything but 127.0.0.1 is aborted and recorded, with its errors
 * and CSP violations recorded too: the UI must work with no network at all.
 * @example const { page, misdeeds } = await offlinePage(browser); await page.goto(url); expect(misdeeds.offMachine).toEqual([])
 */
export async function offlinePage(browser: Browser, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; misdeeds: Misdeeds }> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const misdeeds: Misdeeds = { errors: [], offMachine: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    misdeeds.offMachine.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => misdeeds.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') misdeeds.errors.push(`console: ${message.text()}`);
  });
  // CSP violations surface as console errors too, but this names them plainly.
  await page.addInitScript('document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI))');
  return { page, misdeeds };
}
