import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/index.js';
import type { Store } from '../../src/store/index.js';

// The document describes the routes; building it reads nothing from the store.
const app = createApp({} as Store);

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : JSON.stringify(result.errors)).toBe(true);
  });

  it('describes every route, its parameters and the error shape', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/articles', '/api/articles/{id}', '/api/checks', '/api/conflicts', '/api/entities', '/api/entities/{id}', '/api/entities/{id}/events',
      '/api/events', '/api/events/{id}', '/api/export/{format}', '/api/movements', '/api/search',
    ]);
    const parameters = (path: string) => doc.paths[path]?.get.parameters?.map((p) => p.name).sort();
    expect(parameters('/api/events')).toEqual(['actor', 'after', 'bbox', 'conflict', 'country', 'from', 'limit', 'q', 'to', 'type']);
    expect(parameters('/api/entities')).toEqual(['after', 'kind', 'limit', 'named', 'q']);
    expect(parameters('/api/entities/{id}/events')).toEqual(['after', 'id', 'limit']);
    expect(parameters('/api/conflicts')).toEqual(['after', 'limit']);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(Object.keys(item), path).toEqual(['get']);
      expect(Object.keys(item.get.responses), path).toEqual(expect.arrayContaining(['200', '400', '403', '405']));
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Error', 'EventItem', 'EventDetail', 'EventLinks', 'LinkedSource', 'Article', 'Movement', 'Check', 'Entity', 'EntityDetail', 'EntityMember', 'Conflict']),
    );
  });
});
