import { describe, expect, it } from 'vitest';
import { linkRecords } from '../../src/link/index.js';
import type { ConflictRow, LinkArticle } from '../../src/store/index.js';
import { article, shuffled } from './_inputs.js';

const tree = (articles: LinkArticle[]): ConflictRow[] => linkRecords({ articles, entities: [], events: [] }).conflicts;

function parentOf(rows: readonly ConflictRow[], name: string): string | null {
  const row = rows.find((r) => r.name === name);
  return rows.find((r) => r.id === row?.parent_id)?.name ?? null;
}

const ARTICLES = [
  article(1, 'Bombardment of Gao', 'Mali War', 'Bombardment of Gao'),
  article(2, 'Operation Serval', 'the Mali War and the Islamist insurgency in the Sahel'),
  article(3, 'Kyiv offensive (2022)', 'the 2022 Russian invasion of Ukraine', 'Kyiv offensive'),
  article(4, 'Battle of Hostomel', 'the Kyiv offensive and the 2022 Russian invasion of Ukraine', 'Battle of Hostomel'),
  article(5, 'Battle of Bakhmut', "the eastern Ukraine offensive's Battle of Donbas in the 2022 Russian invasion of Ukraine", 'Battle of Bakhmut'),
  article(6, 'Battle of Donbas (2022)', 'the Eastern Ukraine offensive of the 2022 Russian invasion of Ukraine', 'Battle of Donbas (2022)'),
  article(7, 'Battle of Shusha (1992)', 'the First Nagorno-Karabakh War', 'Battle of Shusha'),
  article(8, 'Battle of Shusha (2020)', '2020 Nagorno-Karabakh war', 'Battle of Shusha'),
  article(9, 'Combat operations in 2012 during the Battle of Aleppo'),
  article(10, 'Battle of Aleppo (2012–2016)', 'the Syrian Civil War', 'Battle of Aleppo · مَعْرَكَةُ حَلَبَ'),
];

describe('the conflict tree', () => {
  it.each<[string, string | null]>([
    ['Bombardment of Gao', 'Mali War'],
    ['Operation Serval', 'Mali War'],
    ['Mali War', null],
    ['Battle of Hostomel', 'Kyiv offensive'],
    ['Kyiv offensive', '2022 Russian invasion of Ukraine'],
    ['Battle of Bakhmut', 'Battle of Donbas (2022)'],
    ['Battle of Donbas (2022)', 'Eastern Ukraine offensive'],
    ['Eastern Ukraine offensive', '2022 Russian invasion of Ukraine'],
    ['Combat operations in 2012 during the Battle of Aleppo', 'Battle of Aleppo'],
    ['Battle of Aleppo', 'Syrian Civil War'],
  ])('puts %s under %s', (child, parent) => {
    expect(parentOf(tree(ARTICLES), child)).toBe(parent);
  });

  it('keeps two battles of one town in different years apart', () => {
    const rows = tree(ARTICLES);
    expect(parentOf(rows, 'Battle of Shusha (1992)') ?? parentOf(rows, 'Battle of Shusha')).toBe('First Nagorno-Karabakh War');
    expect(parentOf(rows, 'Battle of Shusha (2020)')).toBe('2020 Nagorno-Karabakh war');
  });

  it('gives every article one conflict, and the same tree in any order', () => {
    const rows = tree(ARTICLES);
    expect(rows.flatMap((r) => r.article_keys).sort((a, b) => a - b)).toEqual(ARTICLES.map((a) => a.key));
    const strip = (r: readonly ConflictRow[]) => r.map(({ id, name, parent_id, depth, names }) => ({ id, name, parent_id, depth, names })).sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(tree(shuffled(ARTICLES)))).toEqual(strip(rows));
  });

  it('breaks a cycle the sources state', () => {
    const rows = tree([article(1, 'Alpha offensive', 'Beta campaign'), article(2, 'Beta campaign', 'Alpha offensive')]);
    expect(rows.filter((r) => r.parent_id === null)).toHaveLength(1);
  });
});
