import type { ArticleFacts, EventRecord } from '../store/index.js';

/**
 * ACLED's disorder_type from the event type: battles, explosions and violence against civilians are
 * political violence; protests and riots are demonstrations, excessive force against protesters is
 * both; strategic developments are their own.
 * @example disorderType('Explosions/Remote violence', 'Air/drone strike') === 'Political violence'
 */
export function disorderType(eventType: string, subEventType: string): string {
  if (subEventType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/**
 * ACLED's civilian_targeting: "Civilian targeting" when civilians are the ones acted on (violence
 * against civilians, or civilians as the second actor of political violence), else empty.
 * @example civilianTargeting({ event_type: 'Violence against civilians', actor2: { kind: 'civilians', … } }) === 'Civilian targeting'
 */
export function civilianTargeting(event: Pick<EventRecord, 'event_type' | 'actor2'>): string {
  if (event.event_type === 'Violence against civilians') return 'Civilian targeting';
  const violent = event.event_type === 'Battles' || event.event_type === 'Explosions/Remote violence';
  return violent && event.actor2?.kind === 'civilians' ? 'Civilian targeting' : '';
}

/**
 * ACLED's source_scale, the reach of the source: "Other" for an encyclopedia article, which is no
 * local, national or international outlet. Every stored article is cited as one (`articleCitation`):
 * a news report's outlet, and so its reach, is not recorded. None without the article's facts.
 * @example acledSourceScale(facts) === 'Other' // Bombardment of Gao
 */
export function acledSourceScale(article: ArticleFacts | null): string | null {
  return article ? 'Other' : null;
}
