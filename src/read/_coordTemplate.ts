/** A point a page gives, with `{{coord}}`'s type ("city", "landmark") and whether it is shown at the title. */
export interface PagePoint {
  lat: number;
  lon: number;
  kind: string | null;
  /** `display=title` (or `inline,title`, `it`, `t`): the page's own coordinates. */
  title: boolean;
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** Degrees, minutes and seconds with a hemisphere letter; null unless each part is in range. */
function degrees(parts: readonly string[], letter: string, max: number): number | null {
  if (parts.length < 1 || parts.length > 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [d = 0, m = 0, s = 0] = parts.map(Number);
  if (d < 0 || m < 0 || m >= 60 || s < 0 || s >= 60 || (parts.length > 1 && !Number.isInteger(d))) return null;
  const value = d + m / 60 + s / 3600;
  return value > max ? null : /^[SW]$/i.test(letter) ? -value : value;
}

/**
 * The point of one `{{coord|…}}`'s parameters (the text between `coord|` and `}}`): signed decimal
 * degrees (`14.94|-3.89`) or degrees, minutes and seconds each followed by their hemisphere
 * (`14|56|N|3|53|W`); a `type:` parameter and `display=` read; null for anything else.
 * @example coordTemplate('14|56|N|3|53|W|type:city_region:ML|display=title') // { lat: 14.933…, lon: -3.883…, kind: 'city', title: true }
 */
export function coordTemplate(body: string): PagePoint | null {
  const params = body.split('|').map((p) => p.trim());
  const named = new Map(params.filter((p) => p.includes('=')).map((p) => [p.slice(0, p.indexOf('=')).trim().toLowerCase(), p.slice(p.indexOf('=') + 1).trim().toLowerCase()]));
  const positional = params.filter((p) => !p.includes('=') && p !== '');
  const kind = /(?:^|_)type:([a-z0-9]+)/i.exec(positional.find((p) => p.includes(':')) ?? '')?.[1]?.toLowerCase() ?? null;
  const parts = positional.filter((p) => !p.includes(':'));
  const display = (named.get('display') ?? '').split(/\s*,\s*/);
  const title = display.some((d) => d === 'title' || d === 't' || d === 'it' || d === 'ti');
  const ns = parts.findIndex((p) => /^[NS]$/i.test(p));
  const ew = parts.findIndex((p) => /^[EW]$/i.test(p));
  let lat: number | null;
  let lon: number | null;
  if (ns < 0 && ew < 0) {
    if (parts.length < 2 || !NUMBER.test(parts[0] ?? '') || !NUMBER.test(parts[1] ?? '')) return null;
    [lat, lon] = [Number(parts[0]), Number(parts[1])];
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  } else {
    // numbers after the longitude's letter are no part of a point: {{coord|1|2|N|3|4|E|5}} is malformed
    if (ns < 1 || ew <= ns + 1 || parts.slice(ew + 1).some((p) => NUMBER.test(p))) return null;
    lat = degrees(parts.slice(0, ns), parts[ns] ?? '', 90);
    lon = degrees(parts.slice(ns + 1, ew), parts[ew] ?? '', 180);
  }
  return lat === null || lon === null || Number.isNaN(lat) || Number.isNaN(lon) ? null : { lat, lon, kind, title };
}
