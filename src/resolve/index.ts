import type { Entity, Mention, NameLexicon } from '../model/index.js';
import type { RecognisedArticle } from '../recognise/index.js';
import type { Gazetteer } from './gazetteer/index.js';
import { resolveArticlePlaces, type PlaceQuery } from './places.js';
import { resolveNames } from './names.js';
import { partOfTownCue } from './_placeText.js';

export { gazetteerLexicon } from './lexicon.js';
export { openGazetteer, gazetteerFigures, type Gazetteer } from './gazetteer/index.js';
export { resolvePlaces, type ResolvedPlace, type PlaceQuery } from './places.js';
export * from './figures/index.js';

/** What the check of the infobox's coordinates did: their hemisphere letters put them outside the
 * countries the place field names, and a flip landed inside (`point`) or none did (refused, `point` null). */
export interface CoordinatesFix {
  fix: 'flipped' | 'refused';
  written: { lat: number; lon: number };
  point: { lat: number; lon: number } | null;
  /** The countries the place field names (alpha-2), which the point had to fall in. */
  countries: string[];
}

/** An article whose mentions are merged into entities, places geocoded; `coordinatesFix` when its
 * infobox coordinates were flipped or refused (the check stage reports it). */
export type ResolvedArticle = RecognisedArticle & { entities: Entity[]; coordinatesFix?: CoordinatesFix };

/**
 * The resolve stage: name mentions merged into entities (aliases with their provenance), then every
 * place entity geocoded offline in the article's context. Unresolved places stay, flagged.
 * @example resolve(recognised, gazetteer, gazetteerLexicon(gazetteer)).entities.find((e) => e.name === 'Gao')?.lat // 16.27
 */
export function resolve(article: RecognisedArticle, gazetteer: Gazetteer, lexicon: NameLexicon): ResolvedArticle {
  const { entities, mentions } = resolveNames(article, lexicon);
  const places = entities.filter((e) => e.kind === 'place');
  const queries = places.map((e) => placeQuery(article, mentions, e));
  const { places: results, layer } = resolveArticlePlaces(queries, { infobox: article.infobox, title: article.title }, gazetteer);
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
  const { written, point, pointFix } = layer;
  const coordinatesFix = pointFix && written ? { coordinatesFix: { fix: pointFix, written, point, countries: layer.countries } } : {};
  return { ...article, mentions, entities, ...coordinatesFix };
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
  return { text, sentence: sentence ? article.text.slice(sentence.span.start, sentence.span.end) : null, page: entity.page };
}
