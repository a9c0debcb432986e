import { z } from 'zod';

// RFC 7946 §3.1.1: longitude, latitude (WGS 84), an optional altitude; nothing else.
const Position = z.union([
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number()]),
]);

const Point = z.strictObject({ type: z.literal('Point'), coordinates: Position });
// §3.1.4: two or more positions.
const LineString = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) });

// §3.2: a Feature has a geometry (null when unlocated) and properties (an object or null); an id is a string or number.
const Feature = z.strictObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]),
  geometry: z.discriminatedUnion('type', [Point, LineString]).nullable(),
  properties: z.record(z.string(), z.unknown()),
});

/** A FeatureCollection as RFC 7946 §3.3 shapes it; strict, so a `crs` member (removed by the RFC) fails. */
export const FeatureCollectionSchema = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(Feature) });
