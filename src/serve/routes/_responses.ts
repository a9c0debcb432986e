import type { z } from 'zod';
import { ErrorSchema } from '../apiError.js';

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/**
 * The responses every route declares: its own 200, then the one error shape.
 * @example jsonResponses(ArticleSchema, 'the article', true) // { 200: …, 400: …, 403: …, 404: …, 405: … }
 */
export function jsonResponses<T extends z.ZodType>(schema: T, description: string, notFound = false) {
  return {
    200: { description, content: { 'application/json': { schema } } },
    400: error('a parameter that cannot mean anything'),
    403: error('a Host the server does not answer to (annals serve --allowed-host)'),
    ...(notFound ? { 404: error('nothing stored under that id') } : {}),
    405: error('any method but GET or HEAD: the API is read-only'),
  };
}
