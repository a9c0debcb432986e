/** Returns its argument, or the first equal string it was given: one copy of each distinct value. */
export type Intern = <T extends string | null>(value: T) => T;

/**
 * One copy of each distinct string, for rows read by the hundred thousand: a driver gives every row
 * its own copy of "e3", "armed_group" or "Russia", and the link step holds 300k entities at once.
 * Drop the function when reading is done and only the strings the records keep stay.
 * @example const intern = interner(); intern('Free Syrian Army') === intern(['Free Syrian', 'Army'].join(' ')) // the same copy
 */
export function interner(): Intern {
  const seen = new Map<string, string>();
  return <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  };
}
