import { coordTemplate, type PagePoint } from './_coordTemplate.js';

export type { PagePoint } from './_coordTemplate.js';

// {{coord|14|56|N|3|53|W|display=title}}, {{Coord|14.94|-3.89|type:city|display=inline,title}}
const COORD = /\{\{\s*coord\s*\|([^{}]*)\}\}/gi;
// | coordinates = {{coord|14|56|N|3|53|W}}: a settlement infobox shows it at the title by itself
const INFOBOX_COORD = /\|\s*coord(?:inate)?s\s*=\s*\{\{\s*coord\s*\|([^{}]*)\}\}/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// a footnote inside a {{coord}} (notes=<ref>{{cite …}}</ref>) holds templates of its own
const REF = /<ref\b[^>]*\/>|<ref\b[^>]*>[\s\S]*?<\/ref\s*>/gi;

/** The first value of an infobox parameter of one of `names` (`| latd = 14`), or ''. */
function param(text: string, names: string): string {
  const m = new RegExp(`\\|\\s*(?:${names})\\s*=\\s*([^|}\\n]*)`, 'i').exec(text);
  return (m?.[1] ?? '').replace(/<ref[\s\S]*$/i, '').trim();
}

// | latd = 14 | latm = 56 | latNS = N | longd = 3 | longm = 53 | longEW = W, or their other spellings
function infoboxFields(text: string): PagePoint | null {
  // most pages have no such field: one scan instead of sixteen
  if (!/\|\s*lat/i.test(text)) return null;
  const lat = [param(text, 'latd|lat_d|lat_deg|lat_degrees'), param(text, 'latm|lat_m|lat_min|lat_minutes'), param(text, 'lats|lat_s|lat_sec|lat_seconds')];
  const lon = [param(text, 'longd|long_d|lon_d|lon_deg|long_deg|long_degrees'), param(text, 'longm|long_m|lon_m|lon_min|long_min|long_minutes'), param(text, 'longs|long_s|lon_s|lon_sec|long_sec|long_seconds')];
  const [latd = '', lond = ''] = [lat[0], lon[0]];
  if (latd === '' || lond === '') {
    const [latitude, longitude] = [param(text, 'latitude'), param(text, 'longitude')];
    return latitude === '' || longitude === '' ? null : coordTemplate(`${latitude}|${longitude}`);
  }
  const ns = param(text, 'latNS|lat_NS|lat_dir|lat_direction') || (latd.startsWith('-') ? 'S' : 'N');
  const ew = param(text, 'longEW|long_EW|lon_EW|lon_dir|long_dir|long_direction') || (lond.startsWith('-') ? 'W' : 'E');
  const unsigned = (parts: string[]): string[] => parts.filter((p) => p !== '').map((p) => p.replace(/^-/, ''));
  return coordTemplate([...unsigned(lat), ns, ...unsigned(lon), ew].join('|'));
}

/**
 * The point a page gives for itself, from its wikitext: a `{{coord}}` shown at the title
 * (`display=title`, `inline,title`, `it`), else the `coordinates` parameter of its infobox, else a
 * settlement infobox's `latd`/`longd` fields (or `latitude`/`longitude`). Null when there is none, or
 * it is malformed or off the globe: a bad point is no point, never a crash.
 * @example pageCoordinates("{{Infobox settlement\n| name = Konna\n| coordinates = {{coord|14|56|N|3|54|W|display=inline,title}}\n}}") // { lat: 14.933…, lon: -3.9, kind: null }
 */
export function pageCoordinates(wikitext: string): PagePoint | null {
  const text = wikitext.replace(COMMENT, '').replace(REF, '');
  for (const m of text.matchAll(COORD)) {
    const point = coordTemplate(m[1] ?? '');
    if (point?.title) return point;
  }
  const boxed = INFOBOX_COORD.exec(text);
  return (boxed ? coordTemplate(boxed[1] ?? '') : null) ?? infoboxFields(text);
}
