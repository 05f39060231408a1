import type { ExportRow } from './export.sql.js';

type Value = string | number | boolean | string[] | null;

export type ExportColumn = {
  name: string;
  value(row: ExportRow): Value;
  /** Free text people typed, which a spreadsheet must not run as a formula. */
  text?: boolean;
  /** Only in CSV: the GeoJSON export carries the geometry itself. */
  csvOnly?: boolean;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The columns of the public export, in order. */
export const publicColumns: ExportColumn[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'created_at', value: (r) => iso(r.createdAt) },
  { name: 'stance', value: (r) => r.stance },
  { name: 'topic', value: (r) => r.topic, text: true },
  { name: 'zone', value: (r) => r.zone, text: true },
  { name: 'district', value: (r) => r.district },
  { name: 'body', value: (r) => r.body, text: true },
  { name: 'geometry_wkt', value: (r) => r.wkt, csvOnly: true },
  { name: 'lon', value: (r) => r.lon, csvOnly: true },
  { name: 'lat', value: (r) => r.lat, csvOnly: true },
  { name: 'formal_remark', value: (r) => r.formalRemark },
  { name: 'parcels', value: (r) => r.parcels ?? [], text: true },
  { name: 'decision', value: (r) => r.decision },
  { name: 'justification', value: (r) => r.justification, text: true },
  { name: 'responded_at', value: (r) => iso(r.respondedAt) },
];

/** The organiser's export adds moderation and the personal data of formal remarks. */
export const completeColumns: ExportColumn[] = [
  ...publicColumns,
  { name: 'status', value: (r) => r.status },
  { name: 'hidden_reason', value: (r) => r.hiddenReason, text: true },
  { name: 'author_name', value: (r) => r.authorName, text: true },
  { name: 'formal_name', value: (r) => r.formalName, text: true },
  { name: 'formal_address', value: (r) => r.formalAddress, text: true },
  { name: 'property_right', value: (r) => r.propertyRight },
];
