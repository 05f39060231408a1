import type { ExportColumn } from './export.columns.js';
import type { ExportRow } from './export.sql.js';

/** How a CSV file is written: RFC 4180 with commas, or the Polish Excel's semicolons. */
export type CsvDialect = { separator: ',' | ';' };

export const rfc4180: CsvDialect = { separator: ',' };
export const polishExcel: CsvDialect = { separator: ';' };

/** One field: quoted, with quotes doubled, when it holds the separator, a quote or a line break. */
export function csvField(value: string, dialect: CsvDialect = rfc4180): string {
  const special = dialect.separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Text a spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe,
 * as OWASP advises for CSV files opened in Excel: a remark must not run code on a planner's
 * machine. Not only at the cell's start: a Polish Excel splits on ";", another on ",", and a
 * multi-line cell may be pasted line by line, so every piece after one of those is defused too.
 */
export const defuseFormula = (text: string) =>
  text.replace(/(^|[;,\n\r][ ]*)([=+\-@\t\r])/g, "$1'$2");

function cell(column: ExportColumn, row: ExportRow, excel: boolean): string {
  const value = excel && column.excel ? column.excel(row) : column.value(row);
  const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  const dialect = excel ? polishExcel : rfc4180;
  return csvField(column.text ? defuseFormula(text) : text, dialect);
}

/**
 * The rows as CSV: UTF-8 with a byte-order mark (so Excel reads Polish letters), CRLF lines.
 * `excel`: the Polish-Excel form, with semicolons, Polish headers and words, Warsaw time.
 */
export function toCsv(columns: ExportColumn[], rows: ExportRow[], excel = false): string {
  const { separator } = excel ? polishExcel : rfc4180;
  const header = columns.map((c) =>
    csvField(excel ? c.label : c.name, excel ? polishExcel : rfc4180),
  );
  const lines = [
    header.join(separator),
    ...rows.map((row) => columns.map((c) => cell(c, row, excel)).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
