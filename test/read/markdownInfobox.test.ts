import { describe, expect, it } from 'vitest';
import { separateLinkedItems } from '../../src/read/_markdownInfobox.js';

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

describe('separateLinkedItems keeps one item together', () => {
  it.each([
    ['Bayraktar TB2 combat drones, mortars and HIMARS multiple rocket launchers', ['Bayraktar TB2', 'combat drones', 'HIMARS', 'multiple rocket launchers']],
    ['ADM. Édouard Guillaud', ['ADM.', 'Édouard Guillaud']],
  ])('%j', (value, links) => {
    expect(separateLinkedItems(value, links.map(link))).toBe(value);
  });
});
