/** A value views share: each view sets it and redraws when it changes. */
export interface Signal<T> {
  readonly value: T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): void;
}

/**
 * A shared value with listeners, called on each change in the order they subscribed.
 * @example const selected = signal<string | null>(null); selected.subscribe(draw); selected.set(uid)
 */
export function signal<T>(initial: T): Signal<T> {
  let value = initial;
  const listeners: ((value: T) => void)[] = [];
  return {
    get value() {
      return value;
    },
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
