import type { PredictedArticle } from '../../src/eval/index.js';
import type { Check, Entity, Event, Movement } from '../../src/model/index.js';

/** A change to a prediction, named in the test table by what it spoils. */
export type Spoil = (p: PredictedArticle) => PredictedArticle;

export const withEvent = (id: string, patch: Partial<Event>): Spoil => (p) => ({
  ...p,
  events: p.events.map((e) => (e.id === id ? { ...e, ...patch } : e)),
});

export const withoutEvent = (id: string): Spoil => (p) => ({ ...p, events: p.events.filter((e) => e.id !== id) });

export const addEvents = (...events: Event[]): Spoil => (p) => ({ ...p, events: [...p.events, ...events] });

export const addEntities = (...entities: Entity[]): Spoil => (p) => ({ ...p, entities: [...p.entities, ...entities] });

export const withEntity = (id: string, patch: Partial<Entity>): Spoil => (p) => ({
  ...p,
  entities: p.entities.map((e) => (e.id === id ? { ...e, ...patch } : e)),
});

export const withoutEntity = (id: string): Spoil => (p) => ({ ...p, entities: p.entities.filter((e) => e.id !== id) });

export const withLegs = (edit: (legs: Movement['legs']) => Movement['legs']): Spoil => (p) => ({
  ...p,
  movements: p.movements.map((m) => ({ ...m, legs: edit([...m.legs]) })),
});

export const withAvoided = (avoided: string[]): Spoil => (p) => ({ ...p, movements: p.movements.map((m) => ({ ...m, avoided })) });

export const withChecks = (edit: (checks: Check[]) => Check[]): Spoil => (p) => ({ ...p, checks: edit([...p.checks]) });

/** Provenance dropped for one field of one event. */
export const withoutProvenance = (id: string, field: string): Spoil => (p) => ({
  ...p,
  events: p.events.map((e) => (e.id === id ? { ...e, provenance: Object.fromEntries(Object.entries(e.provenance).filter(([k]) => k !== field)) } : e)),
});

export const all = (...spoils: Spoil[]): Spoil => (p) => spoils.reduce((acc, spoil) => spoil(acc), p);
