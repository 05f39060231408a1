import { PabulibError } from './pabulib-error.js';

/** One `;`-separated row and the line it starts on. */
export interface PabulibRecord {
  line: number;
  fields: string[];
}

/**
 * Splits `.pb` text into rows. Fields may be quoted with `"` (a quote inside is doubled),
 * and a quoted field may run over several lines. Blank lines are skipped.
 */
export function readRecords(text: string): PabulibRecord[] {
  const lines = text.split(/\r?\n/);
  const records: PabulibRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let row = lines[i] ?? '';
    if (!row.includes('"')) {
      if (row.trim() !== '') records.push({ line: start + 1, fields: row.split(';') });
      continue;
    }
    let fields = splitQuoted(row);
    while (fields === undefined) {
      i++;
      if (i >= lines.length) throw new PabulibError(start + 1, 'a quoted field is never closed');
      row = `${row}\n${lines[i]}`;
      fields = splitQuoted(row);
    }
    records.push({ line: start + 1, fields });
  }
  return records;
}

/** The fields of a row with quotes, or undefined while a quoted field is still open. */
function splitQuoted(row: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const char = row[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (row[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** One row of `.pb` text; a field is quoted only when it has to be. */
export function writeRecord(fields: readonly string[]): string {
  return fields
    .map((field) => (/[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(';');
}
