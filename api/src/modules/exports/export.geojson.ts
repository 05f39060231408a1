import type { ExportColumn } from './export.columns.js';
import type { ExportRow } from './export.sql.js';

/** The rows as a GeoJSON FeatureCollection (RFC 7946), the columns as each feature's properties. */
export function toFeatureCollection(columns: ExportColumn[], rows: ExportRow[]) {
  const properties = columns.filter((c) => !c.csvOnly);
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.id,
      geometry: row.geometry,
      properties: Object.fromEntries(properties.map((c) => [c.name, c.value(row)])),
    })),
  };
}
