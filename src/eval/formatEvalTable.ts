import type { EvalFigures, EvalReport } from './evalReport.js';

type Column = [heading: string, cell: (f: EvalFigures) => number | null, isCount?: boolean];

const COLUMNS: Column[] = [
  ['gold', (f) => f.gold_events, true],
  ['pred', (f) => f.predicted_events, true],
  ['matched', (f) => f.matched, true],
  ['P', (f) => f.precision],
  ['R', (f) => f.recall],
  ['F1', (f) => f.f1],
  ['type', (f) => f.fields.event_type],
  ['sub', (f) => f.fields.sub_event_type],
  ['date', (f) => f.fields.date],
  ['loc', (f) => f.fields.location],
  ['actor1', (f) => f.fields.actor1],
  ['actor2', (f) => f.fields.actor2],
  ['fatal', (f) => f.fields.fatalities],
  ['civ', (f) => f.fields.civilian_fatalities],
  ['complete', (f) => f.complete],
  ['ent', (f) => f.entities_recall],
  ['alias', (f) => f.aliases_recall],
  ['legs', (f) => f.movement_legs_recall],
  ['checks', (f) => f.checks_accuracy],
  ['prov', (f) => f.provenance],
];

const ARTICLE_WIDTH = 32;

/**
 * The report as a table a person reads: one row per article, then the overall row; shares to two
 * places, `—` where there was nothing to score.
 * @example formatEvalTable(report).split('\n').at(-1) // 'overall (4 articles)   12   11   9  0.82  0.75  0.78  1.00 …'
 */
export function formatEvalTable(report: EvalReport): string {
  const rows: string[][] = [
    ['article', ...COLUMNS.map(([heading]) => heading)],
    ...report.articles.map((a) => [clip(a.article), ...cells(a)]),
    [`overall (${report.overall.articles} article${report.overall.articles === 1 ? '' : 's'})`, ...cells(report.overall)],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd());
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  return [lines[0], rule, ...lines.slice(1, -1), rule, lines.at(-1)].join('\n');
}

function cells(figures: EvalFigures): string[] {
  return COLUMNS.map(([, cell, isCount]) => {
    const value = cell(figures);
    if (value === null) return '—';
    return isCount ? String(value) : value.toFixed(2);
  });
}

function clip(title: string): string {
  return title.length <= ARTICLE_WIDTH ? title : `${title.slice(0, ARTICLE_WIDTH - 1)}…`;
}
