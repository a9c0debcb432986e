import type { Span } from './span.js';

/** The words a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
