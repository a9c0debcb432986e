import type { Entity, Event } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { attachFigures } from './_attach.js';
import { fatalitiesOf } from './_casualties.js';
import { detectEvents } from './_detect.js';
import type { EventDraft } from './_draft.js';
import { factsOf, words, type Facts } from './_facts.js';
import { fillDate, fillLocation, fillMappedLocation, fillPrecision, fillTime } from './_fill.js';
import { fillOpposingSide, standsFor } from './_sides.js';
import { typeByActors } from './_actorTyping.js';
import { codeVictims } from './_victims.js';
import { oneRowEach } from './_oneRow.js';
import { splitLists } from './_split.js';
import { sidesFromContext } from './_contextSides.js';
import { headlineTolls } from './_headlineTolls.js';
import { mergeDrafts } from './_merge.js';
import { institutionActor } from './_institutions.js';
import { unidentifiedPerpetrator } from './_unidentified.js';
import { resolveBackSubject } from './_anaphora.js';
import { civilianTarget } from './_civilianTargets.js';
import { joinAntecedent } from './_corefer.js';
import { anchorHeadline } from './_headline.js';
import { foldLead } from './_foldLead.js';

/**
 * Events from a resolved article: triggers typed by ACLED's rules, their actors, place and date from
 * the sentence or inherited with provenance, merged across sentences, with every death toll kept as
 * a claim and low/best/high derived from the claims.
 * @example assembleEvents(seed).events.map((e) => e.sub_event_type) // ['Air/drone strike', 'Non-state actor overtakes territory', 'Air/drone strike', 'Looting/property destruction']
 */
export function assembleEvents(article: ResolvedArticle): { events: Event[]; entities: Entity[] } {
  const facts = factsOf(article);
  const entities = [...article.entities];
  const drafts: EventDraft[] = [];
  article.sentences.forEach((_s, i) => {
    for (const told of detectEvents(facts, i)) {
      fillDate(facts, told);
      fillTime(facts, told);
      fillLocation(facts, told);
      for (const draft of splitLists(facts, told)) {
        fillPrecision(facts, draft);
        fillMappedLocation(facts, draft);
        if (draft.actor2 === null) institutionActor(facts, draft, entities);
        resolveBackSubject(facts, draft, drafts);
        if (!joinAntecedent(facts, draft, drafts)) drafts.push(draft);
      }
    }
  });
  const anchored = anchorHeadline(facts, drafts);
  const folded = foldLead(facts, anchored.drafts, anchored.headline);
  const merged = mergeDrafts(folded, (id) => facts.entity.get(id ?? '')?.kind === 'civilians');
  for (const draft of merged) {
    civilianTarget(facts, draft, entities);
    sidesFromContext(facts, draft, merged.slice(0, merged.indexOf(draft)));
    fillOpposingSide(facts, draft);
    unidentifiedPerpetrator(facts, draft, entities);
    typeByActors(facts, draft);
  }
  // with the entities the rules above added ("Unidentified Armed Group (Mali)", "Civilians (Syria)")
  const withAdded: Facts = { ...facts, entity: new Map(entities.map((e) => [e.id, e])) };
  attachFigures(withAdded, merged, anchored.headline);
  if (anchored.headline && merged.includes(anchored.headline)) headlineTolls(withAdded, anchored.headline);
  codeVictims(withAdded, merged, entities);
  const coded: Facts = { ...facts, entity: new Map(entities.map((e) => [e.id, e])) };
  return { events: oneRowEach(coded, merged).map((d, i) => toEvent(coded, d, i)), entities };
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
  const civilian = [...d.civilianClaims, ...d.civilianParts].map((c) => c.figure.best).filter((n): n is number => n !== null);
  const first = d.evidence[0];
  const notes = first ? words(facts, facts.article.sentences[d.sentences[0] ?? 0]?.span ?? first).slice(0, 300) : '';
  const claims = [...d.claims, ...d.civilianClaims];
  const counted = [...d.claims, ...d.civilianClaims.filter((c) => (c.figure.best ?? 0) > 0)];
  const provenance = { ...d.provenance };
  if (counted[0]) provenance['fatalities'] = { article: facts.article.id, span: counted[0].span, from: toldIn(facts, counted[0].span) };
  const civilianFirst = d.civilianClaims[0] ?? d.civilianParts[0];
  if (civilianFirst) provenance['civilian_fatalities'] = { article: facts.article.id, span: civilianFirst.span, from: 'prose' };
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
    fatalities: fatalitiesOf(counted),
    civilian_fatalities: civilian.length > 0 ? Math.min(...civilian) : null,
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
