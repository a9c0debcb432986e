import type { Entity, Event } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { attachFigures } from './_attach.js';
import { fatalitiesOf } from './_casualties.js';
import { civilianShare } from './_civilianToll.js';
import { detectEvents } from './_detect.js';
import type { EventDraft } from './_draft.js';
import { factsOf, sentenceText, words, type Facts } from './_facts.js';
import { fillDate, fillLocation, fillMappedLocation, fillPrecision, fillTime } from './_fill.js';
import { fillOpposingSide, infoboxSides, orderedByInfobox, standsFor } from './_sides.js';
import { typeByActors } from './_actorTyping.js';
import { deadSide } from './_deadSide.js';
import { codeVictims } from './_victims.js';
import { oneRowEach } from './_oneRow.js';
import { splitLists } from './_split.js';
import { sidesFromContext } from './_contextSides.js';
import { headlineTolls } from './_headlineTolls.js';
import { mergeDrafts } from './_merge.js';
import { opensAnother } from './_clauseChecks.js';
import { institutionActor } from './_institutions.js';
import { unidentifiedPerpetrator, unknownAgent } from './_unidentified.js';
import { resolveBackSubject, resolveLatterFormer, resolveTwoSides } from './_anaphora.js';
import { civilianTarget, firesAtCivilians } from './_civilianTargets.js';
import { joinAntecedent } from './_corefer.js';
import { anchorHeadline } from './_headline.js';
import { foldLead } from './_foldLead.js';
import { mainFight, opponentsInProse } from './_opponents.js';
import { boundTolls } from './_tollBounds.js';
import { typeActors } from './_actorTypes.js';

/**
 * Events from a resolved article, pass by pass (the stage's table of contents; each pass is one file):
 *  1 mentions   the trigger lexicon read in each sentence, verbs and nouns (`_mentions`, `lexicon/`)
 *  2 frames     who, whom, where, with what, by frames every trigger shares (`_detect`, `_frames`, `_weapon`);
 *               when, where from context (`_fill`); one event per listed place and day (`_split`)
 *  3 headline   the one happening an article may be about, anchored to its infobox (`_headline`)
 *  4 corefer    a back-reference joins its event (`_corefer`); the lead joins the body (`_foldLead`);
 *               one happening told in several sentences is one event (`_merge`)
 *  5 sides      named targets, sides from context, from the infobox and from who fights whom in the
 *               article's words (`_opponents`), unidentified perpetrators
 *  8 typing     ACLED's type by who did it to whom (`_actorTyping`)
 *  6 tolls      death tolls as claims on the event they are about (`_attach`, `_headlineTolls`); a figure
 *               over the plausibility bound kept for review only (`_tollBounds`)
 *  7 victims    the armed side the dead are counted of, where no target was named (`_deadSide`); ACLED's
 *               names for civilians and protesters (`_victims`)
 *  9 one row    one row per happening, day, place and actors (`_oneRow`)
 * 10 actor types what kind of actor each one that acts is, for ACLED's inter codes (`_actorTypes`)
 * Every decision keeps its provenance (`rule:<name>`, `infobox:<Field>`).
 * @example assembleEvents(seed).events.map((e) => e.sub_event_type) // ['Air/drone strike', 'Non-state actor overtakes territory', 'Air/drone strike', 'Looting/property destruction']
 */
export function assembleEvents(article: ResolvedArticle): { events: Event[]; entities: Entity[] } {
  const facts = factsOf(article);
  const entities = [...article.entities];
  const told = eventsTold(facts, entities);
  const anchored = anchorHeadline(facts, told);
  const folded = foldLead(facts, anchored.drafts, anchored.headline);
  const merged = mergeDrafts(folded, {
    isCivilians: (id) => facts.entity.get(id ?? '')?.kind === 'civilians',
    opensAnother: (d) => opensAnother(sentenceText(facts, d.sentences[0] ?? 0)),
    hitsCivilians: firesAtCivilians(facts),
  });
  const opponents = opponentsInProse(facts, merged);
  fillSides({ ...facts, opponents, mainFight: mainFight(facts, merged, opponents) }, merged, entities);
  // with the entities the rules above added ("Unidentified Armed Group (Mali)", "Civilians (Syria)")
  const withAdded: Facts = { ...facts, entity: new Map(entities.map((e) => [e.id, e])) };
  attachFigures(withAdded, merged, anchored.headline);
  if (anchored.headline && merged.includes(anchored.headline)) headlineTolls(withAdded, anchored.headline);
  deadSide(withAdded, merged);
  codeVictims(withAdded, merged, entities);
  const coded: Facts = { ...facts, entity: new Map(entities.map((e) => [e.id, e])) };
  const events = oneRowEach(coded, merged.filter((d) => d === anchored.headline || !doneByNoOne(coded, d))).map((d, i) => toEvent(coded, d, i));
  typeActors(coded, events, entities);
  return { events, entities };
}

// Passes 1–2 and the back-references of 4, sentence by sentence: the events each sentence tells.
function eventsTold(facts: Facts, entities: Entity[]): EventDraft[] {
  const drafts: EventDraft[] = [];
  facts.article.sentences.forEach((_s, i) => {
    for (const told of detectEvents(facts, i)) {
      fillDate(facts, told);
      fillTime(facts, told);
      fillLocation(facts, told);
      for (const draft of splitLists(facts, told)) {
        fillPrecision(facts, draft);
        fillMappedLocation(facts, draft);
        if (draft.actor2 === null) institutionActor(facts, draft, entities);
        resolveLatterFormer(facts, draft);
        resolveBackSubject(facts, draft, drafts);
        resolveTwoSides(facts, draft);
        if (!joinAntecedent(facts, draft, drafts)) drafts.push(draft);
      }
    }
  });
  return drafts;
}

// Passes 5 and 8, event by event in the order told (sides from context look back at those before).
function fillSides(facts: Facts, drafts: EventDraft[], entities: Entity[]): void {
  drafts.forEach((draft, i) => {
    unknownAgent(facts, draft, entities);
    civilianTarget(facts, draft, entities);
    sidesFromContext(facts, draft, drafts.slice(0, i));
    noCiviliansInBattle(draft, entities);
    fillOpposingSide(facts, draft);
    unidentifiedPerpetrator(facts, draft, entities);
    const typed = draft.event_type;
    typeByActors(facts, draft);
    // retyped a fight ("killed an unspecified number of soldiers"): its other side as a fight's
    if (draft.event_type !== typed) noCiviliansInBattle(draft, entities);
    if (draft.event_type !== typed && draft.actor2 === null) fillOpposingSide(facts, draft);
    orderedByInfobox(facts, draft);
  });
}

// "ISIL took control of Tell Abyad, forcing thousands of civilians to flee": a battle is fought between armed
// sides; civilians its words name were harmed by it, not its other side (ACLED codes them in a VAC event)
// ACLED codes no row that names neither who acted nor whom it befell. Where the infobox names the war's
// sides and still no pass could give it one, it is none of that war's fights: "Kobanî, which was also
// besieged", "a drone was shot down according to the Artsakh defence force", "UN monitors … entered the
// deserted town". "A church in Sumy was burned down as a result of the battle" is the fighting's trace,
// infobox or none. Only a looting its words tell ("shops were looted") stands without its looters.
const LOOTED = /\b(?:loot|pillag|plunder|ransack)/i;
function doneByNoOne(facts: Facts, draft: EventDraft): boolean {
  if (draft.actor1 !== null || draft.actor2 !== null) return false;
  if (draft.sub_event_type === 'Looting/property destruction') return !draft.sentences.some((s) => LOOTED.test(sentenceText(facts, s)));
  return infoboxSides(facts).some((side) => side.members.length > 0);
}

function noCiviliansInBattle(draft: EventDraft, entities: readonly Entity[]): void {
  if (draft.event_type !== 'Battles' || draft.actor2 === null) return;
  if (entities.find((e) => e.id === draft.actor2)?.kind !== 'civilians') return;
  draft.actor2 = null;
  delete draft.provenance['actor2'];
}

// ACLED names the state's forces as the actor and the unit beside it: "Military Forces of Russia" with its 22nd Army Corps.
function unitToState(facts: Facts, id: string | null, other: string | null, assoc: string[]): string | null {
  const state = standsFor(facts, id, other);
  if (id !== null && state !== id) assoc.push(id);
  return state;
}

// Where a claim's words are: an infobox field ("infobox:Casualties2"), or the prose.
function toldIn(facts: Facts, span: { start: number; end: number }): string {
  const field = facts.article.infobox?.fields.find((f) => f.span.start <= span.start && span.end <= f.span.end);
  return field ? `infobox:${field.label}` : 'prose';
}

function toEvent(facts: Facts, d: EventDraft, index: number): Event {
  const assoc: string[] = [];
  const actor1 = unitToState(facts, d.actor1, d.actor2, assoc);
  const actor2 = unitToState(facts, d.actor2, d.actor1, assoc);
  const civilian = boundTolls(d, [...d.civilianClaims, ...d.civilianParts]).counted.map((c) => c.figure.best).filter((n): n is number => n !== null);
  const first = d.evidence[0];
  const notes = first ? words(facts, facts.article.sentences[d.sentences[0] ?? 0]?.span ?? first).slice(0, 300) : '';
  // "no civilian casualties" adds nothing to a toll; a figure over the plausibility bound is kept for review only
  const { claims } = boundTolls(d, [...d.claims, ...d.civilianClaims]);
  const counted = claims.filter((c, i) => c.review === undefined && (i < d.claims.length || (c.figure.best ?? 0) > 0));
  const provenance = { ...d.provenance };
  if (counted[0]) provenance['fatalities'] = { article: facts.article.id, span: counted[0].span, from: toldIn(facts, counted[0].span) };
  const civilianFirst = d.civilianClaims[0] ?? d.civilianParts[0];
  if (civilianFirst) provenance['civilian_fatalities'] = { article: facts.article.id, span: civilianFirst.span, from: 'prose' };
  const fatalities = fatalitiesOf(counted);
  const share = civilian.length > 0 ? null : civilianShare(facts, d, counted, fatalities.best);
  if (share) provenance['civilian_fatalities'] = share.provenance;
  return {
    id: `v${index + 1}`,
    event_type: d.event_type,
    sub_event_type: d.sub_event_type,
    actor1,
    actor2: actor2 === actor1 ? d.actor2 : actor2,
    assoc_actors: assoc,
    location: d.location,
    geo_precision: d.geo_precision,
    date: d.date,
    time: d.time,
    // ACLED's fatalities count everyone killed, civilians too; "no civilian casualties" adds nothing
    fatalities,
    civilian_fatalities: civilian.length > 0 ? Math.min(...civilian) : (share?.count ?? null),
    status: 'reported',
    claims,
    quantities: d.quantities,
    notes,
    // in the order the article tells them (the article view highlights them so)
    evidence: [...d.evidence].sort((a, b) => a.start - b.start),
    provenance,
    confidence: confidenceOf(d),
  };
}

/**
 * Confidence, documented: 0.9 when the trigger's own sentence names who acted, where and when;
 * 0.1 less for each of those taken from context or missing; never below 0.3.
 */
function confidenceOf(d: EventDraft): number {
  const missing = [d.actor1 === null, d.location === null || d.inherited.has('location'), d.date === null || d.inherited.has('date')].filter(Boolean).length;
  return Math.max(0.3, Math.round((0.9 - 0.1 * missing) * 100) / 100);
}
