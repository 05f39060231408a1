import { csvField, defuseFormula, polishExcel, rfc4180 } from '../exports/export.csv.js';

/** An event as its CSV row needs it. */
export type AuditCsvRow = {
  id: bigint | string;
  createdAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
};

type Column = { name: string; polish: string; value(row: AuditCsvRow): string };

const json = (value: unknown) => (value == null ? '' : JSON.stringify(value));

const warsawTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  dateStyle: 'short',
  timeStyle: 'medium',
});

const columns = (excel: boolean): Column[] => [
  { name: 'id', polish: 'nr', value: (r) => String(r.id) },
  {
    name: 'created_at',
    polish: 'czas (Warszawa)',
    value: (r) => (excel ? warsawTime.format(r.createdAt) : r.createdAt.toISOString()),
  },
  { name: 'actor_id', polish: 'id osoby', value: (r) => r.actorId ?? '' },
  { name: 'actor_email', polish: 'e-mail osoby', value: (r) => r.actorEmail ?? '' },
  { name: 'action', polish: 'czynność', value: (r) => r.action },
  { name: 'target_type', polish: 'rodzaj obiektu', value: (r) => r.targetType },
  { name: 'target_id', polish: 'id obiektu', value: (r) => r.targetId },
  { name: 'before', polish: 'przed', value: (r) => json(r.before) },
  { name: 'after', polish: 'po', value: (r) => json(r.after) },
];

/**
 * The audit log as CSV: RFC 4180 with commas and ISO times; or, for a Polish Excel, semicolons,
 * a byte-order mark, Polish headers and Warsaw time. Every cell is defused against formulas.
 */
export function auditCsv(rows: AuditCsvRow[], excel: boolean): string {
  const dialect = excel ? polishExcel : rfc4180;
  const { separator } = dialect;
  const field = (text: string) => csvField(defuseFormula(text), dialect);
  const cols = columns(excel);
  const lines = [
    cols.map((c) => field(excel ? c.polish : c.name)).join(separator),
    ...rows.map((row) => cols.map((c) => field(c.value(row))).join(separator)),
  ];
  return `${excel ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
