import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkStore } from '../../src/link/index.js';
import { SEED } from '../store/_extractions.js';
import { SHOTS, browserTitle, launchBrowser, offlinePage, skipBrowser, type Misdeeds } from './_browser.js';
import { startWebFixture, type WebFixture } from './_webFixture.js';

// Articles whose title, infobox, prose and actor names carry <script>, <img onerror>, javascript:
// links, <svg onload>, <iframe srcdoc>, <object>, <style> and inline handlers. Each payload would set
// window.__xss (or ask the server for /x) if it ran.
const PAYLOADS = ['test/web/fixtures/Raid_with_payloads.txt', 'test/web/fixtures/Ambush_with_payloads.md'];

let web: WebFixture;
let browser: Browser;
let page: Page;
let misdeeds: Misdeeds;
const asked: string[] = [];
const dialogs: string[] = [];

const ran = (): Promise<unknown> => page.evaluate('window.__xss');
// Elements no article word may ever become.
const injected = (): Promise<number> => page.locator('img, iframe, object, embed, style:not(head style), svg [onload], [onerror], [onmouseover], a[href^="javascript:"], body script').count();

describe.skipIf(skipBrowser)(browserTitle('article text with HTML and script payloads is shown as text and nothing runs'), () => {
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebFixture([...PAYLOADS, SEED]), launchBrowser()]);
    // linked, so entity pages and other sources carry the payload names too
    await linkStore(web.store);
    ({ page, misdeeds } = await offlinePage(browser));
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('the payload articles were extracted with their payloads in titles, actors and evidence', () => {
    const raid = web.extractions.find((x) => x.source.endsWith('Raid_with_payloads.txt'));
    expect(raid?.title).toContain('<img src=x onerror=');
    expect(raid?.entities.some((e) => e.name.includes('onerror'))).toBe(true);
    expect(raid?.events.flatMap((e) => e.evidence.map((s) => raid.text.slice(s.start, s.end))).join(' ')).toContain('<script>');
  });

  it('serves the page with no inline script, style or handler, under a CSP that forbids them', async () => {
    const response = await fetch(`${web.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\sstyle=|\son\w+=|<style/i);
  });

  it('the overview, its table, popups and story show the payloads as text', async () => {
    await page.goto(`${web.url}/`);
    await page.waitForSelector('body[data-ready]');
    await expect.poll(() => page.locator('.event-table').textContent()).toContain(`France <img src=x onerror="window.__xss='combatant'">`);
    for (const marker of await page.locator('.event-marker').all()) await marker.click({ force: true, timeout: 2000 }).catch(() => undefined);
    for (const cluster of await page.locator('.event-cluster').all()) await cluster.click({ force: true, timeout: 2000 }).catch(() => undefined);
    const raid = web.extractions.find((x) => x.source.endsWith('Raid_with_payloads.txt'));
    const clash = raid?.events.find((e) => raid.entities.find((n) => n.id === e.actor2)?.name.includes('onerror'));
    await page.click(`.event-table tr[data-uid="${raid?.id}-${clash?.id}"] td.col-place`);
    await expect.poll(() => page.locator('.leaflet-popup-content').textContent()).toContain(`France <img src=x onerror="window.__xss='combatant'">`);
    await page.selectOption('.story-article', { label: `Raid on Tessalit <img src=x onerror="window.__xss='title'">` });
    await page.click('.story-next');
    await page.click('.story-next');
    expect(await page.textContent('.story-words')).toContain('<script>');
    await page.screenshot({ path: join(SHOTS, 'xss-overview.png') });
    expect(await injected()).toBe(0);
    expect(await ran()).toBeUndefined();
  });

  it.each(PAYLOADS)('the article view of %s shows every payload as text and nothing runs', async (path) => {
    const article = web.extractions.find((x) => x.source === path);
    if (!article) throw new Error(`${path} not extracted`);
    await page.goto(`${web.url}/#/article/${article.id}/${article.events[0]?.id ?? ''}`);
    await page.waitForSelector('.article-view');
    expect(await page.textContent('.article-text')).toBe(article.text);
    expect(await page.textContent('.article-header h2')).toBe(article.title);
    for (const mention of await page.locator('.article-text .mention, .article-text mark').all()) await mention.hover();
    for (const row of await page.locator('.infobox tr, .record').all()) await row.click();
    await page.screenshot({ path: join(SHOTS, `xss-${article.format}.png`), fullPage: true });
    expect(await injected()).toBe(0);
    expect(await ran()).toBeUndefined();
  });

  it("the entity page of a payload actor shows its names, its members' reasons and its events as text and nothing runs", async () => {
    const raid = web.extractions.find((x) => x.source.endsWith('Raid_with_payloads.txt'));
    const actor = raid?.entities.find((e) => e.name.includes('onerror'));
    await page.goto(`${web.url}/#/entity/${raid?.id}-${actor?.id}`);
    await page.waitForSelector('.entity-view .entity-events');
    expect(await page.textContent('.entity-view h2')).toContain('onerror');
    expect(await page.textContent('.members')).toContain(actor?.name);
    for (const marker of await page.locator('.entity-map .event-marker').all()) await marker.click({ force: true, timeout: 2000 }).catch(() => undefined);
    await page.screenshot({ path: join(SHOTS, 'xss-entity.png'), fullPage: true });
    expect(await injected()).toBe(0);
    expect(await ran()).toBeUndefined();
  });

  it('no payload ran, asked for anything, opened a dialog or broke the CSP', async () => {
    expect(await ran()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(asked.filter((p) => p === '/x' || p.includes('javascript'))).toEqual([]);
    expect(misdeeds.offMachine).toEqual([]);
    expect(misdeeds.errors).toEqual([]);
  });
});
