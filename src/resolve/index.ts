import type { Entity, Mention, NameLexicon } from '../model/index.js';
import type { RecognisedArticle } from '../recognise/index.js';
import type { Gazetteer } from './gazetteer/index.js';
import { resolvePlaces, type PlaceQuery } from './places.js';
import { resolveNames } from './names.js';
import { partOfTownCue } from './_placeText.js';

export { gazetteerLexicon } from './lexicon.js';
export { openGazetteer, gazetteerFigures, type Gazetteer } from './gazetteer/index.js';
export { resolvePlaces, type ResolvedPlace, type PlaceQuery } from './places.js';
export * from './figures/index.js';

/** An article whose mentions are merged into entities, places geocoded. */
export type ResolvedArticle = RecognisedArticle & { entities: Entity[] };

/**
 * The resolve stage: name mentions merged into entities (aliases with their provenance), then every
 * place entity geocoded offline in the article's context. Unresolved places stay, flagged.
 * @example resolve(recognised, gazetteer, gazetteerLexicon(gazetteer)).entities.find((e) => e.name === 'Gao')?.lat // 16.27
 */
export function resolve(article: RecognisedArticle, gazetteer: Gazetteer, lexicon: NameLexicon): ResolvedArticle {
  const { entities, mentions } = resolveNames(article, lexicon);
  const places = entities.filter((e) => e.kind === 'place');
  const queries = places.map((e) => placeQuery(article, mentions, e));
  const results = resolvePlaces(queries, { infobox: article.infobox, title: article.title }, { gazetteer });
  places.forEach((entity, i) => {
    const found = results[i];
    if (!found) return;
    Object.assign(entity, {
      lat: found.lat,
      lon: found.lon,
      country: found.country ?? entity.country,
      admin1: found.admin1,
      geonameId: found.geonameId,
      precision: found.precision,
      resolved: found.resolved,
    });
  });
  for (const state of entities.filter((e) => e.kind === 'state')) state.resolved = state.country !== null;
  return { ...article, mentions, entities };
}

// The place's first mention in prose gives the sentence ("near the …", "…, Kidal Region"); else its name
// alone. A mention that calls it a part of a town ("the Jobar neighborhood") goes first: that holds for
// every mention, and keeps a quarter from becoming a namesake village far away.
function placeQuery(article: RecognisedArticle, mentions: Mention[], entity: Entity): PlaceQuery {
  const own = mentions.filter((m) => (m.kind === 'place' || m.kind === 'actor') && m.entity === entity.id && m.sentence !== null);
  const sentenceOf = (m: Mention): string => {
    const s = m.sentence !== null ? article.sentences[m.sentence] : undefined;
    return s ? article.text.slice(s.span.start, s.span.end) : '';
  };
  const first = own.find((m) => partOfTownCue(sentenceOf(m), article.text.slice(m.span.start, m.span.end))) ?? own[0];
  const sentence = first?.sentence != null ? article.sentences[first.sentence] : undefined;
  const words = first ? article.text.slice(first.span.start, first.span.end) : entity.name;
  const text = entity.name === words || entity.country === null ? words : entity.name;
  return { text, sentence: sentence ? article.text.slice(sentence.span.start, sentence.span.end) : null };
}
