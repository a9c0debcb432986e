import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { EXPORT_MEDIA, eventFilter, exportChunks, primed } from '../../export/index.js';
import type { Store } from '../../store/index.js';
import { ErrorSchema } from '../apiError.js';
import { ExportParams, ExportQuery } from '../querySchemas.js';

const text = (description: string) => ({ schema: z.string().describe(description) });

const download = createRoute({
  method: 'get',
  path: '/api/export/{format}',
  summary: 'The events a filter selects as ACLED CSV, UCDP GED CSV, GeoJSON (events as points, movements as lines) or JSON Lines, streamed',
  request: { params: ExportParams, query: ExportQuery },
  responses: {
    200: {
      description: 'the export, streamed',
      content: {
        'text/csv': text("ACLED's or UCDP GED's columns"),
        'application/geo+json': text('a FeatureCollection (RFC 7946)'),
        'application/jsonl': text('one event record per line, with its evidence'),
      },
    },
    400: { description: 'an unknown format or a filter that cannot mean anything', content: { 'application/json': { schema: ErrorSchema } } },
    403: { description: 'a Host the server does not answer to (annals serve --allowed-host)', content: { 'application/json': { schema: ErrorSchema } } },
    405: { description: 'any method but GET or HEAD', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

// A stream of text pieces as the bytes of a web response body; cancelling stops reading the store.
function bodyOf(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

/**
 * `/api/export/{format}`: the export streamed from the store; a filter the store refuses is a 400
 * before anything is sent.
 * @example exportRoute(app, store) // GET /api/export/acled?country=Mali
 */
export function exportRoute(app: OpenAPIHono, store: Store): void {
  app.openapi(download, async (c) => {
    const { format } = c.req.valid('param');
    const { limit, ...fields } = c.req.valid('query');
    const pieces = await primed(exportChunks(store, format, { ...eventFilter(fields), limit }));
    const media = EXPORT_MEDIA[format];
    return new Response(bodyOf(pieces), {
      status: 200,
      headers: { 'Content-Type': media.type, 'Content-Disposition': `attachment; filename="annals-${format}.${media.extension}"` },
    });
  });
}
