/**
 * The same items, or null when there are none: a pool is not started (threads loading their
 * modules) for no work.
 * @example const units = await peek(workUnits(paths)); if (units) await runPool(units, options)
 */
export async function peek<T>(items: AsyncGenerator<T>): Promise<AsyncGenerator<T> | null> {
  const first = await items.next();
  if (first.done) return null;
  return (async function* () {
    yield first.value;
    yield* items;
  })();
}
