import type { CheckContext } from './checkContext.js';
import { boundsOf, countsAgree, sameCount } from './_counts.js';
import { dateRelation } from './_dates.js';
import { tieOf } from './_tie.js';
import { kindsMeet, type Figure, headsMeet, isPersonnel } from '../resolve/index.js';

/** What a prose figure says of an infobox figure. */
export interface FigureVerdict {
  verdict: 'agrees' | 'contradicts';
  prose: Figure;
}

/** `casualties` compares losses; `count` compares sizes (strength, units), which prose never contradicts: it often gives a part. */
export type FigureMode = 'casualties' | 'count';

/** The infobox figure to judge and what the field says around it. */
export interface FigureQuestion {
  figure: Figure;
  /** The field's side; null when its key names none ("Deaths"). */
  side: number | null;
  mode: FigureMode;
  /** Whether it is the field's only figure of its loss: a list ("355 killed · 11 killed") holds rival claims or parts. */
  alone: boolean;
}

const TIE_RANK = { own: 0, sentence: 1, none: 2 } as const;

/**
 * The prose figure that best decides an infobox figure. A figure about another side never decides;
 * one whose paragraph is dated outside the event does not either, unless it reports the event later. Agreement may rest on a weak tie.
 * A contradiction needs the counted words themselves to name the side (or civilians), the same loss,
 * comparable nouns, the infobox figure to stand alone in its field, and the numbers to clash in a way
 * a part of the total cannot.
 * @example judgeFigure(context, { figure: sixtyPlusKilled, side: 2, mode: 'casualties', alone: true }, proseFigures(seed))?.verdict // 'agrees'
 */
export function judgeFigure(context: CheckContext, question: FigureQuestion, prose: readonly Figure[]): FigureVerdict | null {
  const { figure } = question;
  let best: { rank: number[]; prose: Figure } | null = null;
  const comparable: Figure[] = [];
  for (const candidate of prose) {
    const fit = fitOf(context, question, candidate);
    if (!fit) continue;
    if (fit.firm) comparable.push(candidate);
    if (countsAgree(figure.count, candidate.count)) {
      const rank = [fit.rank, sameCount(figure.count, candidate.count) ? 0 : 1];
      if (!best || before(rank, best.rank)) best = { rank, prose: candidate };
    }
  }
  if (best) return { verdict: 'agrees', prose: best.prose };
  if (!question.alone) return null;
  const more = comparable.find((c) => clash(figure, c) === 'more');
  if (more) return { verdict: 'contradicts', prose: more };
  const [only] = comparable;
  return only && comparable.length === 1 && clash(figure, only) === 'fewer' && closedOneDay(context, figure) ? { verdict: 'contradicts', prose: only } : null;
}

// More than the infobox allows contradicts it: no part exceeds its whole. Fewer may be a part — one
// strike of a month-long offensive, the first count of an open-ended "200+" — so fewer contradicts only
// a closed figure for a one-day event, and only as the prose's one figure: "50 killed" against "12 were killed".
function clash(figure: Figure, prose: Figure): 'more' | 'fewer' | null {
  const infobox = boundsOf(figure.count);
  const stated = boundsOf(prose.count);
  if (!infobox || !stated || figure.count.qualifier === 'vague' || prose.count.qualifier === 'vague') return null;
  if (stated.low > infobox.high) return 'more';
  return stated.high < infobox.low ? 'fewer' : null;
}

function closedOneDay(context: CheckContext, figure: Figure): boolean {
  const bounds = boundsOf(figure.count);
  return bounds !== null && bounds.high !== Infinity && context.event !== null && context.event.start === context.event.end;
}

// Whether a prose figure speaks of the same people and loss as the infobox figure (`firm`: firmly
// enough to contradict it), and how closely it is tied to the side.
function fitOf(context: CheckContext, { figure, side, mode }: FigureQuestion, prose: Figure): { rank: number; firm: boolean } | null {
  if (figure.civilian !== prose.civilian) return null;
  if ((mode === 'casualties') !== (prose.kind !== null)) return null;
  const sameHead = figure.head.toLowerCase() === prose.head.toLowerCase();
  if (mode === 'count' ? !countHeadsMeet(figure.head, prose.head) : !headsMeet(figure.head, prose.head)) return null;
  if (!aboutTheEvent(context, prose)) return null;
  // "soldiers" may agree with "fighters" of the same side, but only the same noun or a bare casualty
  // word is firm enough to contradict: "3 soldiers killed" says nothing of "30 rebels".
  let firm = mode === 'casualties' && (sameHead || figure.head === '' || prose.head === '');
  if (figure.kind && prose.kind) {
    const meet = kindsMeet(figure.kind, prose.kind, { a: figure.count.best === 0, b: prose.count.best === 0 });
    if (meet === 'apart') return null;
    if (meet === 'agree-only') firm = false;
  }
  // Civilians are named by the counted noun itself, whichever side's sentence they stand in.
  if (figure.civilian) return { rank: 0, firm };
  const tie = tieOf(context, prose);
  if (side !== null && tie.sides.some((s) => s !== side)) return null;
  const known = side !== null && context.sides.known(side);
  // Untied, a loss may be anyone's; a size only when it counts the very same noun ("four Rafale fighter jets").
  if (known && tie.how === 'none' && (mode === 'casualties' || !sameHead)) return null;
  return { rank: TIE_RANK[tie.how], firm: firm && known && tie.how === 'own' };
}

// A figure in a paragraph dated before the event is about something else; one dated after it is
// too ("On 29 March, local clashes … One fighter was killed") unless its sentence reports
// ("On November 2, the minister announced that more than 50 jihadists had been neutralized").
const REPORTING = /(?<![\p{L}])(?:said|says|stated|states|announced|reported|claimed|claims|confirmed|according\s+to|estimated|toll)(?![\p{L}])/iu;

function aboutTheEvent(context: CheckContext, prose: Figure): boolean {
  const { event } = context;
  const day = event ? context.dateBefore(prose.span) : null;
  if (!event || !day || dateRelation(day, event) !== 'apart') return true;
  if (day.end < event.start) return false;
  const sentence = prose.mention?.sentence == null ? undefined : context.article.sentences[prose.mention.sentence];
  return sentence !== undefined && REPORTING.test(context.article.text.slice(sentence.span.start, sentence.span.end));
}

// Sizes compare only like with like: "4 Rafale fighter jets" with jets; a bare "15,000" only with people under arms.
function countHeadsMeet(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return x !== '';
  if (x === '' || y === '') return isPersonnel(x || y);
  return isPersonnel(x) && isPersonnel(y);
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}
