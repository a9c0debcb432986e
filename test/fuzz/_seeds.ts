import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FIXTURES, FIXTURES } from '../helpers/fixtures.js';

const CASES = join(FIXTURES, 'wikitext-cases');
const text = (folder: string, name: string): string => readFileSync(join(folder, name), 'utf8');

/** Small real articles of each shape, for the mutation fuzzer to edit. */
export const SEEDS = {
  plain: [text(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt')],
  markdown: ['Battle_of_Boulikessi.txt', 'Attack_on_Nova_Kakhovka.txt', 'MINUSMA_super_camp_attack.txt'].map((name) => text(ARTICLE_FIXTURES, name)),
  wikitext: ['infobox-military-conflict.wiki', 'refs.wiki', 'template-coord.wiki', 'template-flag.wiki', 'comments.wiki', 'br-in-infobox.wiki'].map((name) => text(CASES, name)),
  xml: [text(CASES, 'export.xml')],
};

/**
 * Compressed seeds for the bzip2 path, made with `bzip2 -9`: fixtures/wikitext-cases/export.xml,
 * and a four-line article in the seed's layout. Kept inline: the repository's dumps are too big to
 * decompress a thousand times.
 */
export const BZIP2_SEEDS = [
  'QlpoOTFBWSZTWRRuwv0AAP9fgHgQWYf+Xz8rXIo////uQAKdmszY1WgkkjUnkanoj0m1NlGm0mnojajQyDQDIAlCaRTzQp6QZGh6j1GQAAABo0aHMAmAmRgBGJiYTCYIaYmmAVRIajIjBNNTBMmQNGhoAAyM0lwMvAhDF4OHT19n3+HuxZAReiGKROKiFli2nwriiE9TxPVMwnihdPH6ftneubMM2ddH8ovoxCZ1iNGZDF77AX0TUNYulhvNNnD4taWTK89AMiXSNoqDBbpIAikxbs7pTHg/ZobJN2lAaWEp48uGxyOtrjMzM2FOrW2SAD2Cm+oyk4o7k74d3AhSEo4ssGhDjqGXcOknDXn4Z5Hj8vrLzLJgTCZsJOfqm2OrzdHJ56F2GwtLTdcsu6wvLCSlkxzT0UxRUTbFjDFsaur5hTeJ7lEIvL+K4AiaJhpfTXDJacbMCgsYjB4VBrq1zvUo2hCvp9BqsxezB3KPbIt93qiVQP0ZEZgsYSKXosFBQUAWCQEyWVnmkIINoBjOJLTLJQp3sN9ZFI7sFD0UY8Kf1FOkqZ5HqrBqiNDhg1dtGKWuC/knF2N/J2Jlk0NO044cBuGkfsZu7RyxtjieTecFeKkGZm08vGJ0xU34HPylIroszxY2QbQen4iHhiZczqSjZyTFaTPtBTfSCUm49sSumuTewMpXPCsRVs57C+Ch3lemvzRpZLmYM72UjqAdeDgC6ST5QtE41+cW9HHq6DUWlpW+dt2zWi6IyVoUik5JmeiC00VuGSQtwUd0ZBK+VLwXVC17NzGLEKLZIwoY7QwA5rULDxIrBox1txIz59I8JhoMMeoc1Ivitm7SPpS5FYMccc5jrXPfCvb4bNpcs3v+LuSKcKEgKN2F+g==',
  'QlpoOTFBWSZTWYN2dfkAABRdgAAQQAd4EhWwv0feYCAAdBqnlDQaZDQBkDyg1PVA00NNGQGh6hosZJdA+Cwi2Tx3cnskcpt0A94JEAEmqKgSD3wIjtRH4Vug1YWHVSwkWcbJaqmYEXo8HQpBjjINvH4u5IpwoSEG7Ovy',
].map((base64) => new Uint8Array(Buffer.from(base64, 'base64')));
