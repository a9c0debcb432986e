import { describe, expect, it } from 'vitest';
import { pageCoordinates } from '../../src/read/pageCoordinates.js';

describe('the point a page gives for itself', () => {
  it.each([
    ['{{coord|14|56|N|3|54|W|display=title}}', 14.9333, -3.9, null],
    ['{{Coord|35.432|36.494|type:city_region:SY|display=inline,title}}', 35.432, 36.494, 'city'],
    ['{{coord|35|23|24|N|36|29|17|E|region:SY_type:city(2000)|display=it}}', 35.39, 36.4881, 'city'],
    ['{{coord|14.527|N|4.093|W|display=title|format=dms}}', 14.527, -4.093, null],
    // a footnote with a template of its own inside the coord, and a type with digits in it
    ['{{Coord|64|N|150|W|region:US-AK_type:adm1st_scale:10000000|display=title|notes=<ref>{{cite web|title=GNIS}}</ref>}}', 64, -150, 'adm1st'],
    ['{{Infobox settlement\n| name = Hombori\n| coordinates = {{coord|15|17|N|1|42|W|display=inline}}\n}}', 15.2833, -1.7, null],
    ['{{Infobox settlement\n| latd = 34 | latm = 16 | latNS = N\n| longd = 45 | longm = 10 | longEW = E\n}}', 34.2667, 45.1667, null],
    ['{{Infobox Russian inhabited locality\n| lat_deg = 45 | lat_min = 5 | lat_dir = N\n| lon_deg = 33 | lon_min = 34 | lon_dir = E\n}}', 45.0833, 33.5667, null],
    ['{{Infobox place\n| latd = -12.5 | longd = -45.25\n}}', -12.5, -45.25, null],
    ['{{Infobox place\n| latitude = 33.1 | longitude = 44.6\n}}', 33.1, 44.6, null],
    // an inline coord in the prose first, then the page's own at the title
    ['The dam lies at {{coord|36|38|N|42|49|E}}.\n{{coord|36|20|N|43|8|E|display=title}}', 36.3333, 43.1333, null],
  ])('%s', (text, lat, lon, kind) => {
    const point = pageCoordinates(text);
    expect(point?.lat).toBeCloseTo(lat, 3);
    expect(point?.lon).toBeCloseTo(lon, 3);
    expect(point?.kind).toBe(kind);
  });

  it.each([
    ['no coordinates at all', 'Konna is a town in Mali.'],
    ['a point only inline in the prose', 'The dam lies at {{coord|36|38|N|42|49|E}}.'],
    ['latitude out of range', '{{coord|95|0|N|3|0|W|display=title}}'],
    ['longitude out of range', '{{coord|14.5|-190|display=title}}'],
    ['minutes of 60 or more', '{{coord|14|60|N|3|54|W|display=title}}'],
    ['a word for a number', '{{coord|fourteen|N|3|W|display=title}}'],
    ['letters in the wrong order', '{{coord|3|W|14|N|display=title}}'],
    ['one number only', '{{coord|14.5|display=title}}'],
    ['a number after the longitude', '{{coord|14|N|3|W|7|display=title}}'],
    ['an unclosed template', '{{coord|14|56|N|3|54|W|display=title'],
    ['a commented-out point', '<!-- {{coord|14|56|N|3|54|W|display=title}} -->'],
    ['an infobox with half a point', '{{Infobox settlement\n| latd = 14 | latNS = N\n}}'],
    ['an infobox with a word for degrees', '{{Infobox settlement\n| latd = n/a | longd = 3\n}}'],
  ])('gives none for %s', (_case, text) => {
    expect(pageCoordinates(text)).toBeNull();
  });
});
