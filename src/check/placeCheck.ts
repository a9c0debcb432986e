import type { Entity } from '../model/index.js';
import { listedNames } from './_listedNames.js';
import { namesFound } from './_namesFound.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { isUnknownValue } from '../resolve/index.js';

/**
 * `Place`: agrees when the prose names one of the infobox's places finer than a country ("Gao" of
 * "Gao and outskirts, Gao Region, Mali"); a country alone confirms only a place that is a country.
 * Unsupported otherwise: prose that never repeats a place does not move the event.
 * @example placeCheck.check(context, place).reason // 'Gao named in prose'
 */
export const placeCheck: FieldChecker = {
  name: 'place',
  keys: /^(?:place|location|locations|site|area)$/,
  check(context, field) {
    if (isUnknownValue(field.value)) return verdict(field, 'unsupported', null, 'the infobox names no place');
    const items = listedNames(context.article, field, ['place']);
    const country = (id: string | null): boolean => isCountry(id === null ? undefined : context.entities.get(id));
    const { found } = namesFound(context, items);
    const fine = found.find((f) => !country(f.item.entity));
    const decisive = fine ?? (items.every((i) => country(i.entity)) ? found[0] : undefined);
    if (decisive) return verdict(field, 'agrees', decisive.span, `${decisive.item.text} named in prose`);
    return verdict(field, 'unsupported', null, found.length > 0 ? 'only the country named in prose' : 'no place of it named in prose');
  },
};

function isCountry(entity: Entity | undefined): boolean {
  return entity !== undefined && (entity.kind === 'state' || entity.precision === 'country');
}
