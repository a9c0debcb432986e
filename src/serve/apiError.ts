import { z } from 'zod';

/** The one error shape of every route: `{ error: { code, message } }`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'forbidden', 'not_found', 'method_not_allowed', 'internal']).describe('stable, for programs'),
      message: z.string().describe('one line for people, naming the input'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorCode = z.infer<typeof ErrorSchema>['error']['code'];

const STATUS: Record<ErrorCode, 400 | 403 | 404 | 405 | 500> = { bad_request: 400, forbidden: 403, not_found: 404, method_not_allowed: 405, internal: 500 };

/** A failure a route reports to its caller; the app turns it into the error shape. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: 400 | 403 | 404 | 405 | 500;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = STATUS[code];
  }
}

/** The most of a caller's input an error message echoes. */
export const ECHO_LIMIT = 200;

/**
 * A caller's input as an error message echoes it: at most `max` characters, then an ellipsis.
 * @example clip('a'.repeat(10_000)).length === 201
 */
export function clip(input: string, max = ECHO_LIMIT): string {
  return input.length <= max ? input : `${input.slice(0, max)}…`;
}

/**
 * The body of an error response.
 * @example errorBody('not_found', 'no article e5d5…') // { error: { code: 'not_found', message: 'no article e5d5…' } }
 */
export function errorBody(code: ErrorCode, message: string): z.infer<typeof ErrorSchema> {
  // whatever echoed a caller's input without clipping it, the body stays one short line
  return { error: { code, message: clip(message, 2 * ECHO_LIMIT) } };
}
