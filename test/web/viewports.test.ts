import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventUid } from '../../src/export/index.js';
import { linkStore } from '../../src/link/index.js';
import { CONTEXT_DEGREES } from '../../src/web/map/contextBounds.js';
import { collect } from '../export/_fixtureStore.js';
import { SHOTS, browserTitle, launchBrowser, offlinePage, skipBrowser, type Misdeeds } from './_browser.js';
import { startWebFixture, type WebFixture } from './_webFixture.js';

// Issue 19, at the two sizes a new user tried: cluster numbers overlapping over Syria and Iraq, the
// article view opening with its title scrolled away, the entity map zoomed in past any border, and
// a phone page 511 px wide. The store: articles of the Syrian and Iraqi wars, ~180 events in a few
// hundred kilometres.
const ARTICLES = [
  'Northern_Iraq_offensive_(June_2014).txt',
  '2014_Eastern_Syria_offensive.txt',
  '2012_Hama_offensive.txt',
  '2014_Idlib_offensive.txt',
  '2017_Mosul_airstrike.txt',
  'Raqqa_campaign_(2012–2013).txt',
].map((name) => join('fixtures', 'corpus', name));
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let web: WebFixture;
let browser: Browser;

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (a: Box, b: Box): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
// Circles drawn in these boxes overlap (closer than their radii, less half a pixel of rounding).
const discsOverlap = (a: Box, b: Box): boolean => Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2) < (a.width + b.width) / 2 - 0.5;
// Every pair of boxes that overlap, as the texts of their elements.
const clashes = (boxes: (Box & { text: string })[], clash = overlaps): string[] => boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (clash(a, b) ? [`${a.text} × ${b.text}`] : [])));

const boxesOf = (page: Page, selector: string): Promise<(Box & { text: string })[]> =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((n) => ({ ...n.getBoundingClientRect().toJSON(), text: n.textContent ?? '' }) as Box & { text: string }));

// How wide the page is against the window, and what sticks out past its right edge (the map's own
// panes reach far past it, inside a box that clips them). A string: the tests have no DOM types.
const SIDEWAYS = `({
  scrollWidth: document.documentElement.scrollWidth,
  innerWidth,
  past: [...document.querySelectorAll('body *')]
    .filter((n) => !n.closest('.leaflet-container') && n.getClientRects().length > 0 && n.getBoundingClientRect().right > innerWidth + 0.5)
    .slice(0, 5)
    .map((n) => n.tagName.toLowerCase() + '.' + (n.getAttribute('class') ?? '')),
})`;
const sideways = (page: Page) => page.evaluate<{ scrollWidth: number; innerWidth: number; past: string[] }>(SIDEWAYS);
// The article view scrolls its text to the focus in the frame after it is drawn: two frames later it has.
const twoFrames = (page: Page) => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const scrollY = (page: Page) => page.evaluate<number>('scrollY');

const expectNoSideways = async (page: Page): Promise<void> => {
  const seen = await sideways(page);
  expect(seen.past).toEqual([]);
  expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
};

// The map has moved and drawn again: its zoom changed from `before`, and Leaflet is done animating.
const zoomedFrom = async (page: Page, before: string | null): Promise<void> => {
  await expect.poll(() => page.getAttribute('#map', 'data-zoom')).not.toBe(before);
  await page.waitForFunction('document.querySelector("#map .leaflet-zoom-anim") === null');
};

describe.skipIf(skipBrowser)(browserTitle('web UI at desktop and phone sizes over Syrian and Iraqi articles (issue 19)'), () => {
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebFixture(ARTICLES), launchBrowser()]);
    await linkStore(web.store);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  describe.each(SIZES)('$name, $width×$height', (size) => {
    let page: Page;
    let misdeeds: Misdeeds;
    const ready = async (hash = ''): Promise<void> => {
      await page.goto(`${web.url}/${hash}`);
      await page.waitForSelector('body[data-ready]');
    };

    beforeAll(async () => {
      ({ page, misdeeds } = await offlinePage(browser, { width: size.width, height: size.height }));
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('no cluster number overlaps another, fitted and zoomed in over Syria and Iraq, each inside its ring', async () => {
      await ready();
      await page.waitForSelector('#map[data-countries]');
      const check = async (): Promise<number> => {
        const [labels, rings] = [await boxesOf(page, '#map .cluster-count'), await boxesOf(page, '#map .event-cluster')];
        expect(clashes(labels)).toEqual([]);
        expect(clashes(rings, discsOverlap)).toEqual([]);
        expect(labels.filter((label, i) => !inside(label, rings[i] as Box)).map((l) => l.text)).toEqual([]);
        return labels.length;
      };
      expect(await check()).toBeGreaterThanOrEqual(3);
      await page.screenshot({ path: join(SHOTS, `issue19-map-${size.name}.png`) });
      // The mouse wheel zooms by fractions of a level about the pointer: out from the fit, then in
      // over the biggest cluster, checking at each zoom while there are clusters to check.
      const seen: string[] = [];
      for (const delta of [40, 40, -40, -40, -40, -40, -40, -40]) {
        const map = (await page.locator('#map').boundingBox()) as Box;
        const rings = (await boxesOf(page, '#map .event-cluster')).filter((ring) => inside(ring, map));
        const biggest = rings.sort((a, b) => Number(b.text) - Number(a.text))[0];
        if (!biggest) break;
        const before = await page.getAttribute('#map', 'data-zoom');
        await page.mouse.move(biggest.x + biggest.width / 2, biggest.y + biggest.height / 2);
        await page.mouse.wheel(0, delta);
        await zoomedFrom(page, before);
        seen.push(`${await page.getAttribute('#map', 'data-zoom')}: ${await check()}`);
      }
      expect(seen.length).toBeGreaterThanOrEqual(5);
      await page.screenshot({ path: join(SHOTS, `issue19-map-zoomed-${size.name}.png`) });
      expect(misdeeds.errors).toEqual([]);
    });

    it.each(['#map', '#timeline', '#events'])('nothing scrolls sideways with %s in view; the filters and the table fit the width', async (part) => {
      await ready();
      await page.locator(part).scrollIntoViewIfNeeded();
      await expectNoSideways(page);
      const box = await page.locator(part).boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(size.width);
      if (part !== '#events') return;
      expect(await page.locator('.table-scroll').evaluate((n) => n.scrollWidth - n.clientWidth)).toBeLessThanOrEqual(0);
      const controls = await boxesOf(page, '.filter-bar > *');
      expect(controls.filter((c) => c.x < 0 || c.x + c.width > size.width)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `issue19-table-${size.name}.png`) });
    });

    it('the article view opens at its top with its title in view, and the event’s words in view in the text', async () => {
      // The event told furthest down the longest article, opened from its row at the bottom of the page.
      const longest = [...web.extractions].sort((a, b) => b.text.length - a.text.length)[0];
      const last = [...(longest?.events ?? [])].sort((a, b) => (b.evidence[0]?.start ?? 0) - (a.evidence[0]?.start ?? 0))[0];
      await ready();
      await page.click(`.event-table tr[data-uid="${longest?.id}-${last?.id}"] a.article-link`);
      await page.waitForSelector('.article-view .article-text .focus');
      await twoFrames(page);
      expect(await scrollY(page)).toBe(0);
      const viewport = { x: 0, y: 0, width: size.width, height: size.height };
      const title = await page.locator('.article-view h2').boundingBox();
      expect(title && inside(title, viewport)).toBe(true);
      expect(await page.textContent('.article-view h2')).toBe(longest?.title);
      const words = await page.locator('.article-text .focus').first().boundingBox();
      const pane = await page.locator('.article-pane').boundingBox();
      expect(words && pane && inside(words, pane) && inside(words, viewport)).toBe(true);
      await expectNoSideways(page);
      await page.screenshot({ path: join(SHOTS, `issue19-article-${size.name}.png`) });
      // A record picked from the list (below the text on a phone) brings its words into view.
      const first = longest?.events[0];
      await page.click(`.record[data-ref="${first?.id}"]`);
      await twoFrames(page);
      const picked = await page.locator('.article-text .focus').first().boundingBox();
      expect(picked && inside(picked, viewport)).toBe(true);
      expect(misdeeds.errors).toEqual([]);
    });

    it.each([
      ['Mosul, a place in many events', 'Mosul'],
      ['an actor of one event', null],
    ])('the entity page of %s: its map fits its events with at least a country’s width around them', async (_, name) => {
      const entities = await web.store.entities({ named: true });
      const placed = async (id: string) => (await collect(web.store.events({ entity: id }))).filter((e) => e.location?.lat != null);
      let entity = entities.find((e) => (name === null ? e.events === 1 && e.kind !== 'place' : e.name === name && e.kind === 'place'));
      if (name === null) for (const e of entities.filter((x) => x.events === 1 && x.kind !== 'place')) if ((await placed(e.id)).length === 1 && (entity = e)) break;
      if (!entity) throw new Error(`no entity ${name ?? 'of one placed event'} in the store`);
      const events = await placed(entity.id);
      await ready(`#/entity/${entity.id}`);
      await page.waitForSelector('.entity-map[data-countries][data-bounds]');
      const [west, south, east, north] = ((await page.getAttribute('.entity-map', 'data-bounds')) ?? '').split(',').map(Number) as [number, number, number, number];
      expect(east - west).toBeGreaterThanOrEqual(CONTEXT_DEGREES - 0.01);
      expect(north - south).toBeGreaterThanOrEqual(CONTEXT_DEGREES - 0.01);
      const out = events.filter((e) => !(e.location && e.location.lat !== null && e.location.lon !== null && e.location.lat >= south && e.location.lat <= north && e.location.lon >= west && e.location.lon <= east));
      expect(out.map(eventUid)).toEqual([]);
      expect(await scrollY(page)).toBe(0);
      await expectNoSideways(page);
      await page.screenshot({ path: join(SHOTS, `issue19-entity-${name ?? 'one-event'}-${size.name}.png`), fullPage: true });
      // createMap (src/web/map/createMap.ts): Leaflet fires its debounced 'moveend' 200 ms after a resize, also on the
      // map of a page left in the meantime; the page raises no error for it
      await page.setViewportSize({ width: size.width - 40, height: size.height });
      await page.evaluate("window.location.hash = '#/'");
      await page.waitForTimeout(400);
      await page.setViewportSize({ width: size.width, height: size.height });
      expect(misdeeds.offMachine).toEqual([]);
      expect(misdeeds.errors).toEqual([]);
    });
  });
});
