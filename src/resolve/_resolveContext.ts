import type { Alias, Link, NameLexicon, NameMention, Span } from '../model/index.js';
import type { RecognisedArticle } from '../recognise/index.js';
import { EntityTable } from './_entityTable.js';
import { nameKey } from './_nameKeys.js';

/** What resolving one article's names shares across its steps. */
export interface ResolveContext {
  article: RecognisedArticle;
  lexicon: NameLexicon;
  table: EntityTable;
  /** The country the conflict is in, from the infobox place: bare "the Army" is its army. */
  conflictCountry: string | null;
}

export function newResolveContext(article: RecognisedArticle, lexicon: NameLexicon): ResolveContext {
  return { article, lexicon, table: new EntityTable(), conflictCountry: conflictCountryOf(article, lexicon) };
}

/**
 * The conflict's country: the last country named in the infobox place ("Gao and outskirts, Gao Region, Mali"),
 * else the country most of the towns the prose names lie in (a battle for Aleppo's districts is in Syria,
 * however often Turkey is named), else the country the prose names most, else the one whose demonym
 * leads most actors ("Syrian Army", "Syrian rebels" in an article that never names Syria).
 */
function conflictCountryOf(article: RecognisedArticle, lexicon: NameLexicon): string | null {
  const place = article.infobox?.fields.find((f) => f.key === 'place' || f.key === 'location');
  const named = (place?.value ?? '').split(/\s*[,·;]\s*/).map((p) => lexicon.countryCodeOf(p.trim())).filter((c): c is string => c !== null);
  if (named.length > 0) return named[named.length - 1] as string;
  const towns = new Map<string, number>();
  const places = new Map<string, number>();
  const demonyms = new Map<string, number>();
  for (const m of article.mentions) {
    const country = m.kind === 'place' ? lexicon.countryCodeOf(m.value.name) : null;
    if (m.kind === 'place') countIn(places, country);
    if (m.kind === 'place' && country === null) countIn(towns, lexicon.countryOfPlace?.(m.value.name) ?? null);
    else if (m.kind === 'actor' || m.kind === 'group') countIn(demonyms, lexicon.countryOfDemonym(m.value.name.split(/\s+/)[0] ?? ''));
  }
  return clearlyMost(towns) ?? mostCounted(places) ?? mostCounted(demonyms);
}

// Towns vote only with a clear majority: a few namesakes abroad ("Tela", Honduras) must not outvote the rest.
function clearlyMost(counts: Map<string, number>): string | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [code, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return code !== null && count >= 3 && count * 2 > total ? code : null;
}

function countIn(counts: Map<string, number>, code: string | null): void {
  if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
}

function mostCounted(counts: Map<string, number>): string | null {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The words of a mention as an alias, with the infobox field or prose that gave them. */
export function aliasOfMention(context: ResolveContext, mention: NameMention): Alias {
  const { article } = context;
  const field = article.infobox?.fields.find((f) => f.span.start <= mention.span.start && mention.span.end <= f.span.end);
  return { text: article.text.slice(mention.span.start, mention.span.end), span: mention.span, from: field ? `infobox:${field.label}` : 'prose' };
}

/** Keys for a mention: its name, and the canonical page a wikilink over the same words names. */
export function keysOf(context: ResolveContext, name: string, span: Span): string[] {
  const link = linkOver(context, span);
  const keys = [nameKey(name)];
  if (link) keys.push(`page:${nameKey(link.target)}`);
  return keys;
}

export function pageOf(context: ResolveContext, span: Span): string | null {
  return linkOver(context, span)?.target ?? null;
}

// A link over the mention's words, not one over a long phrase they are a small part of.
function linkOver(context: ResolveContext, span: Span): Link | null {
  return context.article.links.find((l) => l.span.start <= span.start && span.end <= l.span.end && l.span.end - l.span.start <= (span.end - span.start) * 2 + 4) ?? null;
}
