import type { Claim, QuantityMention } from '../model/index.js';
import type { Facts } from './_facts.js';
import { sentenceText, words } from './_facts.js';
import { oneListedBefore } from './_singleDeaths.js';

/** Counts that describe an operation rather than its toll: aircraft, munitions, time ("fighters" are people; "fighter jets" are jets). */
export const EQUIPMENT_HEADS = /^(?:jet|aircraft|plane|helicopter|drone|bomb|missile|rocket|shell|tank|vehicle|tanker|minute|hour|day|sortie|strike|round|mortar|warplane|bomber)$/;
const DEATH_HEADS = new Set(['killed', 'dead', 'death', 'died', 'fatality', 'casualty', 'body', 'kia']);
const DEATH_AFTER = /^[^.;]{0,50}?\b(?:were|was|had been|have been|are|being)?\s*(?:killed|dead|died|slain|executed|massacred)\b/i;
// "21 rebels (including a defected officer and a battalion commander) and a number of Army soldiers were
// reportedly killed": an aside in brackets is not between the count and its verb
const ASIDE = /\s*\([^()]*\)/g;
// "that killed 278 civilians", "leaving 12 dead", "resulting in the deaths of 20 rebel fighters", "executed fifteen",
// "killing another 16 people", "killing a total of 11 people" (the event's own dead, summed over its days)
const DEATH_BEFORE = /\b(?:killed|killing|kills|claimed the lives of|left|leaving|(?:the\s+)?(?:deaths?|killings?|executions?|bodies) of|executed|executing|massacred|massacring)\s+(?:(?:another|a further|an additional|a total of)\s+)?$/i;
const PART_OF_BEFORE = /(?:\(\s*|\b)(?:including|among them|among whom|of whom|of them)\s+(?:at least\s+|about\s+|some\s+)?$/i;
const WOUNDED = /\b(?:wounded|injured|injuries|hurt)\b/i;
const CIVILIAN = /\b(?:civilians?|residents|villagers|children|women|non-combatants?)\b/i;
// "Residents stated that …", "According to SOHR, …", "A regional security source stated that …"
const SAID_BY = /(?:^|[,;]\s*)((?:[A-Z][\w'’-]*|the|a|an|another|regional|local|security|military|government|his|their)(?:\s+[\w'’-]+){0,5}?)\s+(?:stated|said|reported|claimed|announced|told|confirmed|estimated|corroborated)\b/;
const ACCORDING_TO = /\baccording to ((?:the )?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?:,|\s+(?:at least|more than|\d))/i;

/** How far before a count its listed singular dead may begin ("killed a 12-year-old Armenian boy and "). */
const ONE_REACH = 80;
const plusOne = (c: Claim['figure']): Claim['figure'] => ({ ...c, low: c.low === null ? null : c.low + 1, best: c.best === null ? null : c.best + 1, high: c.high === null ? null : c.high + 1 });

export interface CasualtyFigure {
  mention: QuantityMention;
  civilian: boolean;
  claim: Claim;
  /** For a toll summed from a list ("22 civilians and four soldiers"), the civilians' part of it. */
  civilianPart?: Claim;
}

// Between the parts of one toll: "22 civilians and four soldiers", "22 soldiers, nine rebels and two civilians".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|as well as\s+)?|\s(?:and|as well as)\s+)$/;
// ("21 rebels (including a defected officer) and a number of soldiers": an aside in brackets stands in no gap)
const listGap = (facts: Facts, from: number, to: number): boolean => LIST_GAP.test(facts.article.text.slice(from, to).replace(ASIDE, ''));
// A total then its parts: "33 people were killed: 22 soldiers, nine rebels and two civilians".
const BREAKDOWN = /^[^.;]*:\s*$/;

// "reported 3,846 civilian deaths and the destruction of 10,000 homes since the offensive into western Mosul began": a
// count since a campaign began sums its days, whatever event the sentence also tells ("so far" of one attack is its toll)
const SINCE_CAMPAIGN = String.raw`\bsince (?:the |its |their )?(?:start|beginning|outbreak|offensive|operation|campaign|war|conflict|invasion|siege|battle|fighting)\b`;
const RUNNING_TOTAL_AFTER = new RegExp(String.raw`^(?:[^.;,]|,(?=\d))*?${SINCE_CAMPAIGN}`, 'i');
// ("In the final assault 170 soldiers were killed, while since the start of the battle 346 …": the count after "since" is the total)
const RUNNING_TOTAL_BEFORE = new RegExp(String.raw`${SINCE_CAMPAIGN}(?:[^.;,]|,(?=\d))*$`, 'i');

/**
 * The death tolls a sentence gives, each as a claim with who gave it: a quantity whose noun is a death
 * word ("sixty dead", "no civilian casualties") or is followed by one ("sixty jihadists were killed").
 * Wounded counts are not fatalities.
 * @example casualtyFigures(facts, 14) // [{ claim: { figure: 60 more_than, by: 'Residents' } }]
 */
export function casualtyFigures(facts: Facts, sentence: number, quantities: readonly QuantityMention[]): CasualtyFigure[] {
  const text = sentenceText(facts, sentence);
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const by = SAID_BY.exec(text)?.[1] ?? ACCORDING_TO.exec(text)?.[1] ?? null;
  const figures: CasualtyFigure[] = [];
  for (const q of quantities) {
    const phrase = words(facts, q.span);
    const after = facts.article.text.slice(q.span.end, Math.min(q.span.end + 160, start + text.length)).replace(ASIDE, '').slice(0, 60);
    const before = facts.article.text.slice(Math.max(start, q.span.start - 30), q.span.start);
    const whole = figures[figures.length - 1];
    // ("three civilian deaths, including one killed when Grad vehicles fired missiles": a death of its own, told with its own verb)
    const part = whole !== undefined && PART_OF_BEFORE.test(before) && !/^\s+(?:[\w-]+\s+)?(?:killed|died)\b/i.test(after) && !/\b(?:killed|died)\b/i.test(phrase);
    // "killed 2 Asayish members and 2 civilians": a count listed right after a toll is of the same dead
    // (not "killed 12 rebels and 30 tanks were destroyed": materiel, or a count with a verb of its own)
    const listed = whole !== undefined && listGap(facts, whole.mention.span.end, q.span.start) && !EQUIPMENT_HEADS.test(q.value.head) && !/^\s*(?:were|was|had|have)\b/i.test(after);
    // "killed a child and two adults": the singular dead before the count is one more of them
    const reach = Math.max(start, q.span.start - ONE_REACH);
    const oneAt = oneListedBefore(facts.article.text.slice(reach, q.span.start));
    const listedOne = oneAt >= 0;
    const death = listedOne || part || listed || DEATH_HEADS.has(q.value.head) || DEATH_AFTER.test(after) || DEATH_BEFORE.test(before) || /\b(?:killed|dead|deaths|fatalities|casualties)\b/i.test(q.value.unit);
    // "left 100 people wounded", "killed and wounded 15": the count is of the wounded, or of both
    const woundedAfter = /^\s*(?:\w+\s+){0,1}(?:were\s+)?(?:wounded|injured|hurt)\b/i.test(after);
    if (!death || WOUNDED.test(phrase) || woundedAfter || (q.value.head === 'casualty' && WOUNDED.test(after.slice(0, 20)))) continue;
    if (RUNNING_TOTAL_AFTER.test(after) || RUNNING_TOTAL_BEFORE.test(before)) continue;
    const civilian = CIVILIAN.test(q.value.unit) || CIVILIAN.test(phrase);
    const claim = { figure: listedOne ? plusOne(q.value.count) : q.value.count, by: by?.trim() ?? null, span: listedOne ? { start: reach + oneAt, end: q.span.end } : q.span };
    // "about 30 pro-government fighters (including two officers) were killed", "killing five people, among
    // them two children": a part of the toll before it, never a toll of its own (its civilians kept as a part)
    if (whole && part) {
      if (civilian && !whole.civilian && !whole.civilianPart) whole.civilianPart = claim;
      continue;
    }
    figures.push({ mention: q, civilian, claim });
  }
  return summedLists(facts, figures);
}

/**
 * The dead of the sides of one fight add up to its toll (ACLED counts everyone killed): a list of
 * figures in one sentence becomes one claim of their sum, with the civilians' share kept apart; a
 * list that breaks down a total told before it ("33 people were killed: 22 soldiers, …") adds nothing.
 * @example summedLists(facts, [22 civilians, four soldiers]) // [{ claim: 26, civilianPart: 22 }]
 */
function summedLists(facts: Facts, figures: CasualtyFigure[]): CasualtyFigure[] {
  const runs: CasualtyFigure[][] = [];
  for (const f of figures) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && listGap(facts, last.mention.span.end, f.mention.span.start)) run.push(f);
    else runs.push([f]);
  }
  const out: CasualtyFigure[] = [];
  for (const run of runs) {
    const head = run[0] as CasualtyFigure;
    const total = out[out.length - 1];
    if (run.length > 1 && total && BREAKDOWN.test(facts.article.text.slice(total.mention.span.end, head.mention.span.start))) continue;
    out.push(run.length === 1 ? head : summed(run));
  }
  return out;
}

function summed(run: CasualtyFigure[]): CasualtyFigure {
  const head = run[0] as CasualtyFigure;
  const last = run[run.length - 1] as CasualtyFigure;
  const add = (pick: (c: Claim['figure']) => number | null, of: CasualtyFigure[]): number | null => of.reduce<number | null>((sum, f) => (sum === null || pick(f.claim.figure) === null ? null : sum + (pick(f.claim.figure) ?? 0)), 0);
  // "21 rebels and a number of soldiers": the stated figures are the floor (21), the vague word's least meaning
  // counts only toward the best reading (24), as `fatalitiesOf` reads a vague word beside a stated figure
  const floorOf = (of: CasualtyFigure[]) => (of.every((f) => f.claim.figure.qualifier === 'vague') ? of : of.filter((f) => f.claim.figure.qualifier !== 'vague'));
  const figure = (of: CasualtyFigure[]): Claim['figure'] => ({ low: add((c) => c.low ?? c.best, floorOf(of)), best: add((c) => c.best, of), high: add((c) => c.high, of), qualifier: of.some((f) => f.claim.figure.qualifier !== 'exact') ? 'at_least' : 'exact' });
  const span = { start: head.mention.span.start, end: last.mention.span.end };
  const civilians = run.filter((f) => f.civilian);
  const all = civilians.length === run.length;
  const civilianPart = civilians.length > 0 && !all ? { figure: figure(civilians), by: head.claim.by, span: civilians[0]?.claim.span ?? span } : undefined;
  return { mention: head.mention, civilian: all, claim: { figure: figure(run), by: head.claim.by, span }, ...(civilianPart ? { civilianPart } : {}) };
}

/**
 * Low/best/high from every claim, the documented rule: ACLED's conservative reading takes the lowest
 * figure as best, of the figures stated where any is (a vague word's least meaning only where none is);
 * low is the lowest low; high is the highest closed figure, unless an open claim ("more than sixty",
 * "at least 60") reaches at least as high, and then it stays open (null).
 * @example fatalitiesOf([{ figure: 60 more_than }, { figure: 60 exact }]) // { low: 60, best: 60, high: null }
 * @example fatalitiesOf([{ figure: 52 exact }, { figure: 7 at_least }]) // { low: 7, best: 7, high: 52 }
 * @example fatalitiesOf([{ figure: 12 vague }, { figure: 60 exact }]) // { low: 60, best: 60, high: 60 }
 */
export function fatalitiesOf(claims: readonly Claim[]): { low: number | null; best: number | null; high: number | null } {
  if (claims.length === 0) return { low: null, best: null, high: null };
  // a word's least meaning ("several" 3, "dozens" 12) gives way to a figure the words state ("five fighters")
  const stated = claims.filter((c) => c.figure.qualifier !== 'vague');
  const floor = stated.length > 0 ? stated : claims;
  const lows = floor.map((c) => c.figure.low ?? c.figure.best).filter((n): n is number => n !== null);
  const bests = floor.map((c) => c.figure.best).filter((n): n is number => n !== null);
  const highs = claims.map((c) => c.figure.high).filter((n): n is number => n !== null);
  const top = highs.length > 0 ? Math.max(...highs) : null;
  const openFloor = Math.max(-Infinity, ...claims.filter((c) => c.figure.high === null).map((c) => c.figure.low ?? c.figure.best ?? 0));
  return {
    low: lows.length > 0 ? Math.min(...lows) : null,
    best: bests.length > 0 ? Math.min(...bests) : null,
    high: top === null || openFloor >= top ? null : top,
  };
}
