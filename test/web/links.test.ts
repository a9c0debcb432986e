import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventUid } from '../../src/export/index.js';
import { linkStore } from '../../src/link/index.js';
import type { Extraction } from '../../src/model/index.js';
import type { EventFilter } from '../../src/store/index.js';
import { collect } from '../export/_fixtureStore.js';
import { SEED } from '../store/_extractions.js';
import { SHOTS, browserTitle, launchBrowser, offlinePage, skipBrowser, type Misdeeds } from './_browser.js';
import { startWebFixture, type WebFixture } from './_webFixture.js';

// Three articles of the Mali War (the seed and Operation Serval both tell the strike on Gao against
// MOJWA) and one of the Iraq war, linked before the page loads.
const SERVAL = 'fixtures/articles/Operation_Serval.txt';
const ARTICLES = [SEED, SERVAL, 'fixtures/articles/Battle_of_Boulikessi.txt', 'fixtures/articles/Fall_of_Mosul.txt'];

let web: WebFixture;
let browser: Browser;
let page: Page;
let misdeeds: Misdeeds;
let seed: Extraction;
let serval: Extraction;

const ready = async (hash = ''): Promise<void> => {
  await page.goto(`${web.url}/${hash}`);
  await page.waitForSelector('body[data-ready]');
};
const rowUids = async (): Promise<string[]> => page.locator('.event-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-uid') ?? ''));
const markUids = async (): Promise<string[]> => page.locator('#timeline .tl-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-uid') ?? ''));
// The open card: while the map pans to fit it, the card fades out from the old marker and opens on
// the new one, so for a moment two are in the page, the newest last.
const card = () => page.locator('.leaflet-popup-content').last();
// A row's place cell centres the map on its event and opens the card; the click scrolled the page
// down to the table, so back up to where the card is.
const openCard = async (uid: string): Promise<void> => {
  await page.click(`.event-table tr[data-uid="${uid}"] td.col-place`);
  await card().locator(`.event-card[data-uid="${uid}"]`).waitFor();
  await page.evaluate('window.scrollTo(0, 0)');
};
const storedUids = async (filter: EventFilter): Promise<string[]> => (await collect(web.store.events(filter))).map(eventUid);

describe.skipIf(skipBrowser)(browserTitle('web UI over a linked store: entity pages, other sources, the conflict filter'), () => {
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebFixture(ARTICLES), launchBrowser()]);
    await linkStore(web.store);
    seed = web.extractions.find((x) => x.source === SEED) as Extraction;
    serval = web.extractions.find((x) => x.source === SERVAL) as Extraction;
    ({ page, misdeeds } = await offlinePage(browser));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("the seed strike's card says which other article describes it, and links to that account", async () => {
    await ready();
    await openCard(`${seed.id}-v1`);
    const also = card().locator('.also-described');
    await also.waitFor();
    expect(await also.locator('.also-heading').textContent()).toBe('Also described in');
    expect(await also.locator('.also-figures').textContent()).toMatch(/^2 sources · \d+ killed/);
    const link = also.locator('li a');
    expect(await link.allTextContents()).toEqual(['Operation Serval']);
    await page.screenshot({ path: join(SHOTS, 'also-described-in.png') });
    await link.click();
    await page.waitForSelector(`.article-view[data-article="${serval.id}"] .focus-links .also-described li`);
    expect(page.url()).toMatch(new RegExp(`#/article/${serval.id}/v\\d+$`));
    // and the other account points back at the seed
    expect(await page.locator('.focus-links .also-described li a').allTextContents()).toEqual(['Bombardment of Gao']);
    expect(misdeeds.errors).toEqual([]);
  });

  it('the entity page of MOJWA, opened from a name in the text: its aliases with why each belongs, its articles, its events on the map', async () => {
    await ready(`#/article/${seed.id}`);
    const mojwa = seed.entities.find((e) => e.name === 'MOJWA');
    await page.locator(`.article-text .mention[data-entity="${mojwa?.id}"]`).first().click();
    await page.waitForSelector('.entity-view .entity-events');
    const [entity] = await web.store.entities({ q: 'Movement for Oneness' });
    expect(await page.getAttribute('.entity-view', 'data-entity')).toBe(entity?.id);
    expect(await page.textContent('.entity-view h2')).toBe('MOJWA');
    const members = page.locator('.members .member');
    expect((await members.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-rule')))).filter((r) => r !== 'first').length).toBe(1);
    const joined = members.locator(':scope:not([data-rule="first"]) .member-reason');
    expect(await joined.textContent()).toMatch(/\(\w[\w-]*:.+\) as “.+” in (Bombardment of Gao|Operation Serval)$/);
    expect(await page.locator('.members').textContent()).toContain('Movement for Oneness and Jihad in West Africa');
    expect((await page.locator('.entity-articles a').allTextContents()).sort()).toEqual(['Bombardment of Gao', 'Operation Serval']);
    expect(await page.locator('.entity-events li').evaluateAll((items) => items.map((i) => i.getAttribute('data-uid')))).toEqual(await storedUids({ entity: entity?.id ?? '' }));
    await page.waitForSelector('.entity-map[data-countries]');
    expect(await page.locator('.entity-map .event-marker, .entity-map .event-cluster').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
    await page.click('.entity-articles a:text-is("Operation Serval")');
    await page.waitForSelector(`.article-view[data-article="${serval.id}"]`);
    expect(misdeeds.offMachine).toEqual([]);
    expect(misdeeds.errors).toEqual([]);
  });

  it("opens an actor's entity page from an event card", async () => {
    await ready();
    await openCard(`${seed.id}-v1`);
    await card().locator('.event-card-actors a.entity-link', { hasText: 'France' }).click();
    await page.waitForSelector('.entity-view .entity-events');
    expect(await page.textContent('.entity-view h2')).toBe('France');
    expect(await page.textContent('.entity-facts')).toMatch(/^state · FR/);
  });

  it('filters the map, the timeline and the table by a conflict from /api/conflicts, and back to all', async () => {
    await ready();
    const conflicts = await web.store.conflicts();
    expect(await page.locator('.filter-conflict option').count()).toBe(conflicts.length + 1);
    const all = await rowUids();
    const mali = conflicts.find((c) => c.name === 'Mali War');
    await page.selectOption('.filter-conflict', mali?.id ?? '');
    const underMali = await storedUids({ conflict: 'Mali War' });
    expect((await rowUids()).sort()).toEqual([...underMali].sort());
    expect(underMali.length).toBeLessThan(all.length);
    expect((await markUids()).every((uid) => underMali.includes(uid))).toBe(true);
    expect(await page.locator(`.movement-line[data-uid="${seed.id}-m1"]`).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'conflict-filter.png') });
    await page.selectOption('.filter-conflict', conflicts.find((c) => c.name === 'Fall of Mosul')?.id ?? '');
    const mosul = await storedUids({ conflict: 'Fall of Mosul' });
    expect((await rowUids()).sort()).toEqual([...mosul].sort());
    expect((await markUids()).every((uid) => mosul.includes(uid))).toBe(true);
    expect(await page.locator('.event-marker, .event-cluster').count()).toBeGreaterThan(0);
    expect(await page.locator(`.movement-line[data-uid="${seed.id}-m1"]`).count()).toBe(0);
    await page.selectOption('.filter-conflict', '');
    expect((await rowUids()).sort()).toEqual([...all].sort());
    expect(misdeeds.errors).toEqual([]);
  });
});
