import { z } from 'zod';

/** The one error shape of every route: `{ error: { code, message } }`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'not_found', 'method_not_allowed', 'internal']).describe('stable, for programs'),
      message: z.string().describe('one line for people, naming the input'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorCode = z.infer<typeof ErrorSchema>['error']['code'];

const STATUS: Record<ErrorCode, 400 | 404 | 405 | 500> = { bad_request: 400, not_found: 404, method_not_allowed: 405, internal: 500 };

/** A failure a route reports to its caller; the app turns it into the error shape. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: 400 | 404 | 405 | 500;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = STATUS[code];
  }
}

/**
 * The body of an error response.
 * @example errorBody('not_found', 'no article e5d5…') // { error: { code: 'not_found', message: 'no article e5d5…' } }
 */
export function errorBody(code: ErrorCode, message: string): z.infer<typeof ErrorSchema> {
  return { error: { code, message } };
}
