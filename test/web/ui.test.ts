import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/index.js';
import { SEED, SUITE_FIXTURES } from '../store/_extractions.js';
import { SHOTS, browserTitle, launchBrowser, offlinePage, skipBrowser, type Misdeeds } from './_browser.js';
import { startWebFixture, type WebFixture } from './_webFixture.js';

const DAY = 86_400_000;
let web: WebFixture;
let browser: Browser;
let page: Page;
let misdeeds: Misdeeds;
let seed: Extraction;

const ready = async (hash = ''): Promise<void> => {
  await page.goto(`${web.url}/${hash}`);
  await page.waitForSelector('body[data-ready]');
};
const tableCount = async (): Promise<number> => page.locator('.event-table tbody tr').count();
const rowUids = async (): Promise<string[]> => page.locator('.event-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-uid') ?? ''));

describe.skipIf(skipBrowser)(browserTitle('web UI over the fixture store, with no network'), () => {
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebFixture(SUITE_FIXTURES), launchBrowser()]);
    seed = web.extractions.find((x) => x.source === SEED) as Extraction;
    ({ page, misdeeds } = await offlinePage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('draws the countries, the events as markers and the seed’s sortie as a line, with every request off this machine blocked', async () => {
    const response = await page.goto(`${web.url}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await page.waitForSelector('body[data-ready]');
    await page.waitForSelector('#map[data-countries]');
    expect(Number(await page.getAttribute('#map', 'data-countries'))).toBeGreaterThan(200);
    expect(await page.locator('.event-marker, .event-cluster').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`.movement-line[data-uid="${seed.id}-m1"]`).count()).toBe(1);
    expect(await page.locator('.movement-arrow').count()).toBeGreaterThan(0);
    expect(await tableCount()).toBe(web.extractions.reduce((n, x) => n + x.events.length, 0));
    await page.screenshot({ path: join(SHOTS, 'overview.png') });
    expect(misdeeds.offMachine).toEqual([]);
    expect(misdeeds.errors).toEqual([]);
  });

  it('filters the table (and the map) to the period brushed on the timeline, and clears it', async () => {
    await ready();
    const total = await tableCount();
    const strike = await page.locator(`.tl-mark[data-uid="${seed.id}-v1"]`).boundingBox();
    if (!strike) throw new Error('the seed strike is not on the timeline');
    const y = strike.y + strike.height / 2;
    await page.mouse.move(strike.x - 3, y);
    await page.mouse.down();
    await page.mouse.move(strike.x + strike.width + 3, y, { steps: 4 });
    await page.mouse.up();
    const label = (await page.textContent('.timeline-range')) ?? '';
    const [from, to] = label.split(' – ').map((d) => Date.parse(`${d}T00:00:00Z`));
    const expected = web.extractions.flatMap((x) =>
      x.events.filter((e) => e.date && Date.parse(`${e.date.start}T00:00:00Z`) <= (to ?? 0) && Date.parse(`${e.date.end}T00:00:00Z`) + DAY > (from ?? 0)).map((e) => `${x.id}-${e.id}`),
    );
    expect((await rowUids()).sort()).toEqual(expected.sort());
    expect(expected).toContain(`${seed.id}-v1`);
    expect(expected.length).toBeLessThan(total);
    await page.screenshot({ path: join(SHOTS, 'brushed.png') });
    await page.click('.timeline-clear');
    expect(await tableCount()).toBe(total);
  });

  it('sorts the table by a column and filters it by actor', async () => {
    await ready();
    await page.click('th[data-key="deaths"] button');
    await page.click('th[data-key="deaths"] button');
    expect(await page.getAttribute('th[data-key="deaths"]', 'aria-sort')).toBe('descending');
    const deaths = (await page.locator('.event-table tbody td.col-deaths').allTextContents()).filter((d) => d !== '').map(Number);
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    await page.fill('.filter-actor', 'MOJWA');
    await expect.poll(async () => (await page.locator('.event-table tbody tr').allTextContents()).every((row) => row.includes('MOJWA'))).toBe(true);
    expect(await tableCount()).toBeGreaterThan(0);
  });

  it("highlights an event's evidence in the article view, marks entity mentions and shows each check's verdict", async () => {
    await ready();
    await page.click(`.event-table tr[data-uid="${seed.id}-v1"] a.article-link`);
    await page.waitForSelector('.article-view .focus');
    expect(page.url()).toContain(`#/article/${seed.id}/v1`);
    const strike = seed.events.find((e) => e.id === 'v1');
    const words = strike?.evidence.map((s) => seed.text.slice(s.start, s.end)).join('') ?? '';
    expect((await page.locator('.article-text .focus').allTextContents()).join('')).toBe(words);
    expect(await page.textContent('.article-text')).toBe(seed.text);
    await page.locator('.article-text .mention[data-entity="e5"]').first().hover();
    await expect.poll(() => page.locator('.hover-card').textContent()).toContain('Movement for Oneness and Jihad in West Africa');
    expect(await page.locator('.infobox .verdict').count()).toBe(seed.checks.length);
    expect(await page.textContent('.infobox tr[data-field="casualties2"] .verdict')).toBe('agrees');
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
    expect(misdeeds.errors).toEqual([]);
  });

  it('replays the seed: the four Rafales from Saint-Dizier over Spain, Morocco and Mauritania to Gao, then to N’Djamena', async () => {
    await ready();
    await page.selectOption('.story-article', { label: 'Bombardment of Gao' });
    await page.click('.story-play');
    await expect.poll(async () => Number(await page.getAttribute('#story', 'data-step')), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await page.click('.story-restart');
    const headings: string[] = [];
    for (let step = 1; ; step++) {
      expect(await page.getAttribute('#story', 'data-step')).toBe(String(step));
      headings.push((await page.textContent('.story-heading')) ?? '');
      if ((await page.textContent('.story-counter')) === `${step} / ${step}`) break;
      await page.click('.story-next');
    }
    const places = headings.filter((h) => /^\d+ \w+ · /.test(h)).map((h) => h.replace(/^\d+ \w+ · ([^·]+).*$/, '$1').trim());
    expect(places).toEqual(['Saint-Dizier', 'Spain', 'Morocco', 'Mauritania', 'Mauritania', 'Mauritanian-Malian border', 'Gao', "N'Djamena"]);
    expect(headings.indexOf('Air/drone strike · Gao')).toBeGreaterThan(headings.findIndex((h) => h.includes('action · Gao')));
    expect(headings.at(-1)).toBe("8 destination · N'Djamena · 16:30");
    expect(await page.locator('.story-line').count()).toBe(1);
    expect(await page.locator('.story-leg').count()).toBe(7);
    // The story map: header, map, story panel and timeline; the table below is left out.
    const timeline = await page.locator('#timeline').boundingBox();
    await page.screenshot({ path: join(SHOTS, 'story-map-seed.png'), clip: { x: 0, y: 0, width: 1400, height: Math.ceil((timeline?.y ?? 0) + (timeline?.height ?? 900) + 8) } });
    // The README's picture is rewritten only on purpose, like the golden files.
    if (process.env.REGEN) copyFileSync(join(SHOTS, 'story-map-seed.png'), join('docs', 'story-map-seed.png'));
    expect(misdeeds.offMachine).toEqual([]);
    expect(misdeeds.errors).toEqual([]);
  });
});
