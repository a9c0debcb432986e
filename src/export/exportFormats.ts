/** The formats `annals export` and `/api/export/:format` write. */
export const EXPORT_FORMATS = ['acled', 'ucdp', 'geojson', 'jsonl'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's media type and file extension. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  acled: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  ucdp: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  geojson: { type: 'application/geo+json', extension: 'geojson' },
  jsonl: { type: 'application/jsonl; charset=utf-8', extension: 'jsonl' },
};
