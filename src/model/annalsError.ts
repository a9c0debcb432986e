/** Stable codes for failures a user can act on. */
export type AnnalsErrorCode =
  | 'not_found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'invalid_utf8'
  | 'too_large'
  | 'not_an_article'
  | 'malformed'
  | 'usage';

/**
 * The one error type I/O and input failures throw: a stable `code`, a message naming the input, a `cause`.
 * @example new AnnalsError('empty', 'seed.txt', 'the file is empty')
 */
export class AnnalsError extends Error {
  readonly code: AnnalsErrorCode;
  readonly input: string;

  constructor(code: AnnalsErrorCode, input: string, problem: string, options?: { cause?: unknown }) {
    super(`${input}: ${problem}`, options);
    this.name = 'AnnalsError';
    this.code = code;
    this.input = input;
  }
}

export function isAnnalsError(error: unknown): error is AnnalsError {
  return error instanceof AnnalsError;
}
