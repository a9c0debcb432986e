import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);

describe('assemble: where, when the map does not know the place', () => {
  it('uses the mapped place the article says it is "located north of"', () => {
    const a = assembleText('On 20 November 2012, rebels stormed the base at Qarfa Shamaliya, located north of Aleppo. On 10 December 2012, rebels captured Qarfa Shamaliya.', { Place: 'Aleppo, Syria' });
    const last = a.events[a.events.length - 1];
    expect(name(a, last?.location)).toBe('Aleppo');
    expect(last?.geo_precision).toBe(2);
    expect(last?.provenance['location']?.from).toBe('rule:located-near');
  });

  it('puts "the nearby town of X" near the article\'s own place, not at a namesake far away', () => {
    const a = assembleText('On 25 February 2022, Russian forces captured the nearby town of Mykolaivka.', { Place: 'Volnovakha, Donetsk Oblast, Ukraine' });
    const [event] = a.events;
    expect(name(a, event?.location)).toBe('Volnovakha');
    expect(event?.provenance['location']?.from).toBe('rule:nearby-the-article-place');
  });

  it('does not take a country naming whose people ("U.S. service members") for where', () => {
    const a = assembleText('On 14 April 2018, two U.S. service members were wounded by a car bomb.', { Place: 'Timbuktu Airport, Timbuktu, Mali' });
    expect(name(a, a.events[0]?.location)).not.toBe('United States');
  });
});

describe('assemble: one strike told twice', () => {
  it('merges the strike on its target and the strike on its victims, same day, place and attacker', () => {
    const a = assembleText(
      'On 17 March 2017, American warplanes bombed Mosul, Iraq, killing 105 civilians. On 17 March 2017, American warplanes bombed ISIL fighters in Mosul.',
    );
    expect(a.events.filter((e) => e.sub_event_type === 'Air/drone strike')).toHaveLength(1);
  });
});
