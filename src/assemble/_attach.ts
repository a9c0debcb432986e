import type { QuantityMention } from '../model/index.js';
import { casualtyFigures, EQUIPMENT_HEADS } from './_casualties.js';
import { remembersPast } from './_clauseChecks.js';
import { singleDeath } from './_singleDeaths.js';
import type { EventDraft } from './_draft.js';
import { entityMentions, quantities, sentenceText, type Facts } from './_facts.js';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
// A running total ("3,846 civilian deaths since the offensive began", "the final death toll was 40 …") is no one event's toll.
// ("The conflict resulted in … the death of more than 70 civilians": the whole war's toll, told of the war itself)
const CUMULATIVE = /\b(?:since|so far|in total|a total of|overall|(?:final|total) (?:death )?toll|over the (?:last|past)|throughout|during the (?:war|conflict|offensive|campaign|operation))\b|\bthe (?:conflict|war|offensive|campaign|invasion|operation)\s+(?:has\s+|had\s+)?(?:resulted in|caused|left|claimed)\b/i;

/**
 * Death tolls and equipment counts to the event they are about: a sentence's own event; else the
 * latest violent event at a place the sentence names ("…were killed in the strikes in the town of
 * Gao"); else the latest violent event before it in the article; else, in an article about one
 * happening, that happening.
 */
export function attachFigures(facts: Facts, drafts: EventDraft[], headline: EventDraft | null = null): void {
  const owners = new Map<number, EventDraft[]>();
  for (const d of drafts) for (const s of d.sentences) owners.set(s, [...(owners.get(s) ?? []), d]);
  facts.article.sentences.forEach((_s, sentence) => {
    const qs = quantities(facts, sentence);
    const own = owners.get(sentence) ?? [];
    // "a 12-year-old Armenian boy was killed": one dead no number tells, for the sentence's violent event
    const one = qs.length === 0 ? singleDeath(facts, sentence) : null;
    // ("… attacking a rebel column near Sévaré. The pilot, Damien Boiteux, later died of his injuries": told
    // right after, in the same paragraph, of the event before it)
    // (not "In Shtepivka, a local man died …": a death at a place of its own is no death of the event before)
    const before = own.length === 0 && one ? latestBefore(facts, drafts, sentence) : null;
    const samePlace = (d: EventDraft): boolean => entityMentions(facts, sentence, ['place']).every((m) => m.entity === d.location);
    const violentOwner = own.find((d) => VIOLENT.has(d.event_type)) ?? (before && sameBlock(facts, before, sentence) && samePlace(before) ? before : undefined);
    if (one && violentOwner && violentOwner.claims.length === 0) {
      violentOwner.claims.push(one);
      if (!violentOwner.sentences.includes(sentence)) violentOwner.evidence.push(one.span);
    }
    if (qs.length === 0) return;
    // (also when the sentence only points back at an event told before: "had suffered around 600 killed during the battle so far")
    // ("on the second anniversary of the 2020 Balyun airstrikes … that killed 34 Turkish soldiers": a past toll remembered)
    const text = sentenceText(facts, sentence);
    if (own.every((d) => d.sentences[0] !== sentence) && (CUMULATIVE.test(text) || remembersPast(text))) return;
    // in an article about one happening, a toll no other event of it owns is that happening's
    const fallback = own.length > 0 ? null : (aboutPlace(facts, drafts, sentence) ?? latestBefore(facts, drafts, sentence) ?? headline);
    const figures = casualtyFigures(facts, sentence, qs);
    const tolls = new Set(figures.map((f) => f.mention));
    for (const f of figures) {
      const target = ownerOf(own, f.mention.span.start) ?? fallback;
      if (!target) continue;
      // "no casualties were reported" in a later sentence does not undo a death the event's own words told
      if (target === fallback && f.claim.figure.best === 0 && target.claims.length + target.civilianClaims.length > 0) continue;
      (f.civilian ? target.civilianClaims : target.claims).push(f.claim);
      if (f.civilianPart) target.civilianParts.push(f.civilianPart);
      if (!target.sentences.includes(sentence)) target.evidence.push(f.mention.span);
    }
    const target = own[0] ?? fallback;
    if (target && (own.includes(target) || sameBlock(facts, target, sentence))) addEquipment(target, qs.filter((q) => !tolls.has(q)));
  });
}

// Of a sentence's events, the one a figure is about: the one whose clause holds it, else the violent
// one whose trigger is nearest, else the first.
// ("killing 8 NDF members and arresting others": the dead are the fight's, never the abduction's, which takes people alive)
const TAKES_ALIVE = new Set(['Abduction/forced disappearance', 'Arrests']);
function ownerOf(own: readonly EventDraft[], at: number): EventDraft | null {
  const killer = (d: EventDraft): boolean => VIOLENT.has(d.event_type) && !TAKES_ALIVE.has(d.sub_event_type);
  const holding = own.find((d) => d.evidence.some((e) => e.start <= at && at < e.end) && killer(d));
  if (holding && own.filter((d) => d.evidence.some((e) => e.start <= at && at < e.end)).length === 1) return holding;
  const violent = own.filter(killer);
  const distance = (d: EventDraft): number => Math.abs((d.provenance['event_type']?.span.start ?? Infinity) - at);
  return [...violent].sort((a, b) => distance(a) - distance(b))[0] ?? own[0] ?? null;
}

function aboutPlace(facts: Facts, drafts: EventDraft[], sentence: number): EventDraft | null {
  const places = new Set(entityMentions(facts, sentence, ['place']).map((m) => m.entity));
  const candidates = drafts.filter((d) => VIOLENT.has(d.event_type) && d.location !== null && places.has(d.location) && (d.sentences[0] ?? 0) <= sentence);
  return candidates[candidates.length - 1] ?? null;
}

// "the toll of sixty dead", "during the bombings": words that point back at an event already told.
const REFERS_BACK = /\bthe (?:bombings?|bombardment|strikes?|air ?strikes?|attacks?|battle|fighting|shelling|raids?|toll|death toll|explosions?|blast|massacre|offensive|assault|operation|clashes|siege)\b/i;

// The latest violent event before the sentence: in its own section, or anywhere when its words point back at one.
function latestBefore(facts: Facts, drafts: EventDraft[], sentence: number): EventDraft | null {
  const anywhere = REFERS_BACK.test(sentenceText(facts, sentence));
  const before = drafts.filter((d) => VIOLENT.has(d.event_type) && Math.min(...d.sentences) < sentence && (anywhere || d.sentences.some((s) => facts.sectionOf[s] === facts.sectionOf[sentence])));
  return before.sort((a, b) => Math.max(...a.sentences.filter((s) => s < sentence)) - Math.max(...b.sentences.filter((s) => s < sentence))).pop() ?? null;
}

function sameBlock(facts: Facts, draft: EventDraft, sentence: number): boolean {
  return draft.sentences.some((s) => facts.blockOf[s] === facts.blockOf[sentence]);
}

function addEquipment(draft: EventDraft, qs: QuantityMention[]): void {
  for (const q of qs) {
    if (!EQUIPMENT_HEADS.test(q.value.head) || q.value.count.best === null) continue;
    if (draft.quantities.some((x) => x.span.start === q.span.start)) continue;
    draft.quantities.push({ count: q.value.count.best, unit: q.value.unit, span: q.span });
  }
}
