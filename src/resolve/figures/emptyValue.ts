// An infobox value that names nothing ("Unknown") or says there was nothing ("None").

const UNKNOWN = /^(?:unknown|n\/?a|\?+|[-–—]+|not known|unclear|unspecified|undisclosed|no data)$/i;
const NONE = /^(?:none|nil|zero|0|no casualties|no losses|no deaths|no fatalities|none reported)$/i;

/** Trims what editors wrap around such a value: "None.", "''Unknown''", "(unknown)". */
function bare(value: string): string {
  return value.replace(/[\s.'"*()[\]]+/g, ' ').trim();
}

/**
 * Whether the value says the infobox does not know.
 * @example isUnknownValue('Unknown') // true — "- Units2: Unknown"
 */
export function isUnknownValue(value: string): boolean {
  return UNKNOWN.test(bare(value));
}

/**
 * Whether the value says there was none: a figure of zero.
 * @example isNoneValue('None') // true — "- Casualties1: None"
 */
export function isNoneValue(value: string): boolean {
  return NONE.test(bare(value));
}
