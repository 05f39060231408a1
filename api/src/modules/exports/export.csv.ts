import type { ExportColumn } from './export.columns.js';
import type { ExportRow } from './export.sql.js';

/** One field per RFC 4180: quoted, with quotes doubled, when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Text a spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe,
 * as OWASP advises for CSV files opened in Excel: a remark must not run code on a planner's
 * machine. Not only at the cell's start: a Polish Excel splits on ";", another on ",", and a
 * multi-line cell may be pasted line by line, so every piece after one of those is defused too.
 */
export const defuseFormula = (text: string) =>
  text.replace(/(^|[;,\n\r][ ]*)([=+\-@\t\r])/g, "$1'$2");

function cell(column: ExportColumn, row: ExportRow): string {
  const value = column.value(row);
  const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return csvField(column.text ? defuseFormula(text) : text);
}

/** The rows as CSV: UTF-8 with a byte-order mark (so Excel reads Polish letters), CRLF lines. */
export function toCsv(columns: ExportColumn[], rows: ExportRow[]): string {
  const lines = [
    columns.map((c) => csvField(c.name)).join(','),
    ...rows.map((row) => columns.map((c) => cell(c, row)).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
