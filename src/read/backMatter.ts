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
  const tracker = new BackMatterTracker();
  return headings.map((h) => tracker.add(h));
}

/**
 * `backMatterFlags` one heading at a time, for readers that need the latest flag as they go. The
 * headings above that can still be the nearest higher one are kept as a stack, so a page of
 * thousands of headings costs linear time, not a rescan per heading.
 * @example new BackMatterTracker().add({ title: 'References', level: 2 }) === true
 */
export class BackMatterTracker {
  private readonly open: { level: number; flag: boolean }[] = [];

  /** Adds the next heading; returns whether it sits in back matter. */
  add(heading: { title: string; level: number }): boolean {
    while (this.open.length > 0 && (this.open.at(-1)?.level ?? 0) >= heading.level) this.open.pop();
    const flag = isBackMatterTitle(heading.title) || (this.open.at(-1)?.flag ?? false);
    this.open.push({ level: heading.level, flag });
    return flag;
  }
}
