import { describe, expect, it } from 'vitest';
import { checkMadeUp, said, type Said } from './_articles.js';

const agrees = (evidence: string): Said => ({ verdict: 'agrees', evidence });
const UNSUPPORTED: Said = { verdict: 'unsupported', evidence: null };

// [case, infobox date, paragraphs, what the check says]
const CASES: [string, string, string[], Said][] = [
  ['the same day', 'January 13, 2013', ['On January 13, 2013, French planes bombed the city.'], agrees('On January 13, 2013')],
  ['the same day written the other way', 'July 11, 2022', ['On 11 July 2022, Ukrainian forces launched a missile attack.'], agrees('On 11 July 2022')],
  ['a day within a range', '21–25 March 2015', ['The battle began in the town.', 'On 24 March 2015, rebels advanced in the town.'], agrees('On 24 March 2015')],
  ['the month holding the day', '13 January 2013', ['In January 2013, French planes bombed the city.'], agrees('In January 2013')],
  ['a yearless day, when nothing better', '3 April – 14 August 2014', ['The battle was fought for the town.', 'On 3 April, the army launched an offensive.'], agrees('On 3 April')],
  ['a stated day before a yearless one', '3 April – 14 August 2014', ['On 3 April, the army launched an offensive.', 'The town fell on 14 August 2014.'], agrees('on 14 August 2014')],
  ['an opening dated outside it', '3 May 2016', ['On 9 June 2016, French soldiers attacked the base.'], { verdict: 'contradicts', evidence: 'On 9 June 2016' }],
  ['a later paragraph dated outside it', '3 May 2016', ['French soldiers attacked the base.', 'On 9 June 2016, the soldiers left the town.'], UNSUPPORTED],
  ['a relative date only', '13 January 2013', ['French planes bombed the city.', 'On the same day, the jihadists fled.'], UNSUPPORTED],
  ['only a year', '13 January 2013', ['In 2013, French planes bombed the city.'], UNSUPPORTED],
  ['no date in prose', '13 January 2013', ['French planes bombed the city.'], UNSUPPORTED],
];

describe('the infobox date against the prose', () => {
  it.each(CASES)('%s', async (_name, date, paragraphs, expected) => {
    const { article, checks } = await checkMadeUp({ Date: date, Combatant1: 'France' }, paragraphs);
    expect(said(article, checks, 'Date')).toEqual(expected);
  });

  it('reads "– present" as an event not yet over', async () => {
    const { article, checks } = await checkMadeUp({ Date: '27 February 2022 – present' }, ['Russian forces attacked the airport.', 'On 15 May 2022, the airport was shelled again.']);
    expect(said(article, checks, 'Date')).toEqual(agrees('On 15 May 2022'));
  });
});
