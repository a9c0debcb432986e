import { describe, expect, it } from 'vitest';
import { separateLinkedItems, withoutImageNames } from '../../src/read/_markdownInfobox.js';

const link = (text: string) => ({ text, target: text });

describe('separateLinkedItems', () => {
  it.each([
    ['Free Syrian Army Islamic Muthanna Movement  Jabhat al-Nusra', ['Free Syrian Army', 'Islamic Muthanna Movement', 'Jabhat al-Nusra'], 'Free Syrian Army\nIslamic Muthanna Movement\nJabhat al-Nusra'],
    ['Gen. Bashar al-Zoubi (Southern Front leader) Ahmad Alouda (brigade leader)', ['Bashar al-Zoubi', 'Ahmad Alouda'], 'Gen. Bashar al-Zoubi (Southern Front leader)\nAhmad Alouda (brigade leader)'],
    ['Syrian Arab Republic\n* Syrian Armed Forces', ['Syrian Arab Republic', 'Syrian Armed Forces'], 'Syrian Arab Republic\n* Syrian Armed Forces'],
    ['Bosra, Daraa Governorate, Syria', ['Bosra', 'Daraa Governorate', 'Syria'], 'Bosra, Daraa Governorate, Syria'],
    ['the Syrian Civil War', ['Syrian Civil War'], 'the Syrian Civil War'],
    ['52nd Brigade 17th Brigade', [], '52nd Brigade 17th Brigade'],
  ])('%j', (value, links, expected) => {
    expect(separateLinkedItems(value, links.map(link))).toBe(expected);
  });
});

// Corpus combatant fields (SOURCES.tsv: Battle of Douma, March 2020 Daraa clashes): a whole linked name, then unlinked names.
describe('separateLinkedItems in a field listing a side', () => {
  it.each([
    ['Free Syrian Army Other rebel militias', [link('Free Syrian Army')], 'Free Syrian Army\nOther rebel militias'],
    ['Syrian Opposition Loyalists', [link('Syrian Opposition')], 'Syrian Opposition\nLoyalists'],
    ['Hezbollah LAAG  Liwa Fatemiyoun', [link('Hezbollah'), link('Liwa Fatemiyoun')], 'Hezbollah\nLAAG\nLiwa Fatemiyoun'],
    // a link that covers only part of the name ([[Syria|Syrian]] Army) ends no item; nor does a lower-case tail
    ['Syrian Army 4th Division', [{ text: 'Syrian', target: 'Syria' }], 'Syrian Army 4th Division'],
    ['Free Syrian Army (FSA) and allies', [link('Free Syrian Army')], 'Free Syrian Army (FSA) and allies'],
  ])('%j', (value, links, expected) => {
    expect(separateLinkedItems(value, links, true)).toBe(expected);
  });

  it('leaves a place field alone: "Aleppo Governorate" is one place', () => {
    expect(separateLinkedItems('Aleppo Governorate, Syria', [link('Aleppo'), link('Syria')])).toBe('Aleppo Governorate, Syria');
  });
});

describe('separateLinkedItems keeps one item together', () => {
  it.each([
    ['Bayraktar TB2 combat drones, mortars and HIMARS multiple rocket launchers', ['Bayraktar TB2', 'combat drones', 'HIMARS', 'multiple rocket launchers']],
    ['ADM. Édouard Guillaud', ['ADM.', 'Édouard Guillaud']],
  ])('%j', (value, links) => {
    expect(separateLinkedItems(value, links.map(link))).toBe(value);
  });
});

// Values from the corpus (SOURCES.tsv): the converter kept emblems' and flags' file names as words.
describe('withoutImageNames', () => {
  it.each([
    ['Syrian Government\n* Syria Armed Forces Emblem.svg Syrian Armed Forces', 'Syrian Government\n* Syrian Armed Forces'],
    ['** Georgia National Legion Ukr.png Georgian Legion', '** Georgian Legion'],
    ['*SSI of the Sparta Battalion.svg Sparta Battalion', '*Sparta Battalion'],
    ['Abu Hamza (battalion commander) Syria-flag 1932-58 1961-63.svg Bilal Khaled', 'Abu Hamza (battalion commander) Bilal Khaled'],
    ['Free Syrian Army\nJabhat al-Nusra', 'Free Syrian Army\nJabhat al-Nusra'],
    ['Mosul, Nineveh Governorate, Iraq', 'Mosul, Nineveh Governorate, Iraq'],
  ])('%j', (value, expected) => {
    expect(withoutImageNames(value)).toBe(expected);
  });
});
