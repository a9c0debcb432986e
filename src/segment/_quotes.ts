/**
 * Whether a stretch of text leaves a quotation open (a straight `"` count that is odd, or more “ than ”).
 * @example leavesQuoteOpen('He said "We won.') === true
 */
export function leavesQuoteOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opening > closing;
}
