import type { EvalReport } from './evalReport.js';

/**
 * What each article got wrong, one line per kind, for tracing a miss to its event: required gold
 * events not found, predicted events that match no gold event, and matched events with wrong fields.
 * Articles with nothing wrong are left out.
 * @example formatEvalDetails(report) // 'Battle of Sumy\n  missed: sumy-shelling\n  wrong: sumy-ambush (v2): actor2, fatalities'
 */
export function formatEvalDetails(report: EvalReport): string {
  const blocks = report.articles.flatMap((a) => {
    const lines: string[] = [];
    if (a.misses.length > 0) lines.push(`  missed: ${a.misses.join(', ')}`);
    if (a.extra.length > 0) lines.push(`  extra: ${a.extra.join(', ')}`);
    for (const w of a.wrong) lines.push(`  wrong: ${w.gold} (${w.predicted}): ${w.fields.join(', ')}`);
    return lines.length > 0 ? [[a.article, ...lines].join('\n')] : [];
  });
  return blocks.length > 0 ? `${blocks.join('\n')}\n` : '';
}
