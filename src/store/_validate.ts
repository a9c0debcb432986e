import { AnnalsError, type Extraction, type Span } from '../model/index.js';
import { ExtractionSchema } from '../model/schemas.js';

// What names an article in an error: its source, else its title, else its place in the batch.
function nameOf(item: unknown, index: number): string {
  const record = (item ?? {}) as { source?: unknown; title?: unknown };
  if (typeof record.source === 'string' && record.source !== '') return record.source;
  if (typeof record.title === 'string' && record.title !== '') return record.title;
  return `article #${index + 1} of the batch`;
}

function duplicateOf(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return ids.find((id) => seen.has(id) || !seen.add(id));
}

// Every id an event or movement names must be one of the article's entities.
function danglingReference(x: Extraction): string | undefined {
  const ids = new Set(x.entities.map((e) => e.id));
  const named = [
    ...x.events.flatMap((e) => [e.actor1, e.actor2, e.location, ...e.assoc_actors].map((id) => [e.id, id] as const)),
    ...x.movements.flatMap((m) => [m.actor, ...m.legs.map((l) => l.place), ...m.avoided].map((id) => [m.id, id] as const)),
  ];
  const found = named.find(([, id]) => id !== null && !ids.has(id));
  return found && `${found[0]} names entity ${found[1]}, which the article does not have`;
}

// The spans the store slices or keeps in columns must lie inside the text.
function spanOutside(x: Extraction): Span | undefined {
  const spans = [
    ...x.entities.flatMap((e) => e.aliases.map((a) => a.span)),
    ...x.events.flatMap((e) => e.evidence),
    ...x.movements.flatMap((m) => m.legs.map((l) => l.span)),
    ...x.checks.flatMap((c) => (c.evidence ? [c.evidence] : [])),
  ];
  return spans.find((s) => s.end > x.text.length);
}

function problemOf(item: unknown): string | null {
  const parsed = ExtractionSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `not an extraction: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : parsed.error.message}`;
  }
  const x = item as Extraction;
  if (x.source === '') return 'no source: the store keys articles by where they were read from';
  if (x.id === '') return 'no id (content hash)';
  // PostgreSQL text and json cannot hold U+0000.
  if (JSON.stringify(x).includes('\\u0000')) return 'holds a NUL character, which PostgreSQL cannot store';
  for (const [what, ids] of [['entity', x.entities.map((e) => e.id)], ['event', x.events.map((e) => e.id)], ['movement', x.movements.map((m) => m.id)]] as const) {
    const duplicate = duplicateOf(ids);
    if (duplicate !== undefined) return `${what} id ${duplicate} appears twice`;
  }
  const dangling = danglingReference(x);
  if (dangling) return dangling;
  const outside = spanOutside(x);
  if (outside) return `span ${outside.start}–${outside.end} lies beyond the text's ${x.text.length} characters`;
  return null;
}

/**
 * Refuses a batch, before anything is written, at its first article the store cannot keep whole;
 * the error names that article.
 * @example validateBatch([{ ...seed, events: [{ ...seed.events[0], actor1: 'e99' }] }]) // throws "fixtures/articles/Bombardment_of_Gao.txt: v1 names entity e99, …"
 */
export function validateBatch(batch: readonly unknown[]): void {
  batch.forEach((item, index) => {
    const problem = problemOf(item);
    if (problem) throw new AnnalsError('malformed', nameOf(item, index), problem);
  });
}
