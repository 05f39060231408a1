import type { CommentStatus } from '../../generated/prisma/enums.js';
import { decisionLabel, propertyRightLabel, stanceLabel } from '../reports/report.labels.js';
import type { ExportRow } from './export.sql.js';

type Value = string | number | boolean | string[] | null;

export type ExportColumn = {
  name: string;
  /** The header of the Polish-Excel form. */
  label: string;
  value(row: ExportRow): Value;
  /** The value in the Polish-Excel form, when it differs: Polish words, Warsaw time. */
  excel?(row: ExportRow): Value;
  /** Free text people typed, which a spreadsheet must not run as a formula. */
  text?: boolean;
  /** Only in CSV: the GeoJSON export carries the geometry itself. */
  csvOnly?: boolean;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

// "2026-03-01 11:00:00": a form Excel reads as a date and time, in Warsaw as the header says.
const warsawTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  dateStyle: 'short',
  timeStyle: 'medium',
});
const warsaw = (date: Date | null) => (date ? warsawTime.format(date) : null);
const yesNo = (value: boolean) => (value ? 'tak' : 'nie');
// A Polish Excel reads "21,0064" as a number; "21.0064" stays text.
const decimalComma = (value: string) => value.replace('.', ',');

// Only the export names a remark's moderation state; the web client never shows it as a term.
const statusLabels: Record<CommentStatus, string> = {
  VISIBLE: 'widoczna',
  HIDDEN: 'ukryta',
  WITHDRAWN: 'wycofana',
};

/** The columns of the public export, in order. */
export const publicColumns: ExportColumn[] = [
  { name: 'id', label: 'Identyfikator', value: (r) => r.id },
  {
    name: 'created_at',
    label: 'Data wpływu (czas warszawski)',
    value: (r) => iso(r.createdAt),
    excel: (r) => warsaw(r.createdAt),
  },
  {
    name: 'stance',
    label: 'Stanowisko',
    value: (r) => r.stance,
    excel: (r) => stanceLabel(r.stance),
  },
  {
    name: 'topic',
    label: 'Temat',
    value: (r) => r.topic,
    excel: (r) => r.topic ?? 'Bez tematu',
    text: true,
  },
  { name: 'zone', label: 'Strefa planu', value: (r) => r.zone, text: true },
  { name: 'district', label: 'Dzielnica', value: (r) => r.district },
  { name: 'body', label: 'Treść uwagi', value: (r) => r.body, text: true },
  { name: 'support_count', label: 'Liczba poparć', value: (r) => r.supportCount },
  { name: 'geometry_wkt', label: 'Geometria (WKT)', value: (r) => r.wkt, csvOnly: true },
  {
    name: 'lon',
    label: 'Długość geograficzna',
    value: (r) => r.lon,
    excel: (r) => decimalComma(r.lon),
    csvOnly: true,
  },
  {
    name: 'lat',
    label: 'Szerokość geograficzna',
    value: (r) => r.lat,
    excel: (r) => decimalComma(r.lat),
    csvOnly: true,
  },
  {
    name: 'formal_remark',
    label: 'Uwaga w trybie art. 8g',
    value: (r) => r.formalRemark,
    excel: (r) => yesNo(r.formalRemark),
  },
  { name: 'parcels', label: 'Działki', value: (r) => r.parcels ?? [], text: true },
  {
    name: 'decision',
    label: 'Rozstrzygnięcie',
    value: (r) => r.decision,
    excel: (r) => (r.decision ? decisionLabel(r.decision) : 'Bez odpowiedzi'),
  },
  { name: 'justification', label: 'Uzasadnienie', value: (r) => r.justification, text: true },
  {
    name: 'responded_at',
    label: 'Data odpowiedzi (czas warszawski)',
    value: (r) => iso(r.respondedAt),
    excel: (r) => warsaw(r.respondedAt),
  },
];

/** The organiser's export adds moderation and the personal data of formal remarks. */
export const completeColumns: ExportColumn[] = [
  ...publicColumns,
  {
    name: 'status',
    label: 'Status',
    value: (r) => r.status,
    excel: (r) => statusLabels[r.status],
  },
  { name: 'hidden_reason', label: 'Powód ukrycia', value: (r) => r.hiddenReason, text: true },
  { name: 'author_name', label: 'Autor', value: (r) => r.authorName, text: true },
  {
    name: 'formal_name',
    label: 'Imię i nazwisko (art. 8g)',
    value: (r) => r.formalName,
    text: true,
  },
  {
    name: 'formal_address',
    label: 'Adres (art. 8g)',
    value: (r) => r.formalAddress,
    text: true,
  },
  {
    name: 'property_right',
    label: 'Tytuł prawny wnoszącego',
    value: (r) => r.propertyRight,
    excel: (r) => (r.propertyRight ? propertyRightLabel(r.propertyRight) : null),
  },
];
