/**
 * Reads the first item of a stream now, so that a failure before it (a filter the store refuses)
 * is thrown here, before anything is written; the stream returned gives that item again, then the rest.
 * @example const pieces = await primed(exportChunks(store, 'acled', { country: 'Atlantis' })) // throws a usage error
 */
export async function primed<T>(stream: AsyncIterator<T> & AsyncIterable<T>): Promise<AsyncGenerator<T>> {
  const first = await stream.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* stream;
  })();
}
