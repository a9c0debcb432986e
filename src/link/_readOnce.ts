/**
 * Rows made as they are read, once: what makes them (the members, the merge edges) is let go as
 * soon as the reading starts, so a link run's memory falls while its rows are being saved. A second
 * reading throws instead of finding nothing.
 * @example const rows = readOnce(function* () { yield* made() }); for (const r of rows) save(r)
 */
export function readOnce<T>(make: () => Iterator<T>): Iterable<T> {
  let source: (() => Iterator<T>) | null = make;
  return {
    [Symbol.iterator]: () => {
      if (source === null) throw new Error('these link rows were read already: they are made once, as they are read');
      const rows = source();
      source = null;
      return rows;
    },
  };
}
