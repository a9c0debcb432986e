import { expect } from 'vitest';
import type { z } from 'zod';
import type { createApp } from '../../src/serve/index.js';
import { pageOf } from '../../src/serve/schemas.js';

type App = ReturnType<typeof createApp>;

/** A 200 answer of the app, parsed by the route's schema. */
export async function get<T extends z.ZodType>(app: App, path: string, schema: T): Promise<z.infer<T>> {
  const response = await app.request(path);
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return schema.parse(body);
}

/** Every page of a list route, following `next`; each page but the last is full. */
export async function allPages<T extends z.ZodType>(app: App, path: string, item: T, limit: number): Promise<z.infer<T>[]> {
  const items: z.infer<T>[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const sep = path.includes('?') ? '&' : '?';
    const page: { items: z.infer<T>[]; next: string | null } = await get(app, `${path}${sep}limit=${limit}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`, pageOf(item, 'Page'));
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (page.next === null) return items;
    expect(page.items).toHaveLength(limit);
    after = page.next;
  }
  throw new Error('pages without end');
}
