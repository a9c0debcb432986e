import type { LinkedEvent } from '../../store/index.js';

/**
 * One line per linked event: "2013-01-13  Air/drone strike  France → MOJWA  @ Gao (ML)  deaths 60 (50–100)  — 2 sources: Bombardment of Gao; Operation Serval".
 * @example linkedLine(cluster)
 */
export function linkedLine(e: LinkedEvent): string {
  const date = e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) : '????-??-??';
  const place = e.location ? `${e.location.name}${e.country ? ` (${e.country})` : ''}` : '?';
  const { low, best, high } = e.fatalities;
  const range = low !== null && high !== null && low !== high ? ` (${low}–${high})` : '';
  const deaths = best ?? low;
  const titles = [...new Set(e.sources.map((s) => s.article.title))];
  const sources = `${e.number_of_sources} source${e.number_of_sources === 1 ? '' : 's'}: ${titles.join('; ')}`;
  return `${date}  ${e.sub_event_type}  ${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '?'}  @ ${place}${deaths === null ? '' : `  deaths ${deaths}${range}`}  — ${sources}`;
}
