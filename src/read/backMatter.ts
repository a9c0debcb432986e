// Sections a reader skips when looking for what happened: lists of sources and pointers, not narrative.
const BACK_MATTER_TITLES = new Set([
  'references',
  'notes',
  'footnotes',
  'citations',
  'sources',
  'bibliography',
  'see also',
  'external links',
  'further reading',
  'gallery',
  'notes and references',
  'references and notes',
  'works cited',
  'explanatory notes',
  'literature',
]);

/**
 * Whether a heading opens back matter.
 * @example isBackMatterTitle('External links') === true
 */
export function isBackMatterTitle(title: string): boolean {
  const normalised = title.toLowerCase().replace(/\[object object\]/g, '').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return BACK_MATTER_TITLES.has(normalised);
}

/** The corpus's converter left `[object Object]` where it could not render a reference. */
export function isDebrisLine(line: string): boolean {
  return /^\s*(\[object Object\]\s*)+$/.test(line);
}

/**
 * For each heading in order, whether it sits in back matter: its own title says so, or the nearest
 * heading above it at a higher level does.
 * @example backMatterFlags([{ title: 'References', level: 2 }, { title: 'Books', level: 3 }]) // [true, true]
 */
export function backMatterFlags(headings: readonly { title: string; level: number }[]): boolean[] {
  const flags: boolean[] = [];
  headings.forEach((h, i) => {
    let flag = isBackMatterTitle(h.title);
    for (let j = i - 1; j >= 0 && !flag; j--) {
      const above = headings[j];
      if (above && above.level < h.level) {
        flag = flags[j] ?? false;
        break;
      }
    }
    flags.push(flag);
  });
  return flags;
}
