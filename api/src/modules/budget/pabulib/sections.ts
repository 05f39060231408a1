import { PabulibError } from './pabulib-error.js';
import { type PabulibRecord, readRecords } from './records.js';

export const sectionNames = ['META', 'PROJECTS', 'VOTES'] as const;
export type SectionName = (typeof sectionNames)[number];

/** A section's header row and data rows. */
export interface Section {
  line: number;
  header: string[];
  rows: PabulibRecord[];
}

/** Splits `.pb` text into its three sections, refusing missing, repeated or misplaced ones. */
export function readSections(text: string): Record<SectionName, Section> {
  const records = readRecords(text);
  const endLine = text.split(/\r?\n/).length;
  const found = new Map<SectionName, PabulibRecord[]>();
  let current: PabulibRecord[] | undefined;
  for (const record of records) {
    const name = sectionName(record);
    if (name) {
      if (found.has(name)) throw new PabulibError(record.line, `a second ${name} section`);
      const expected = sectionNames[found.size];
      if (name !== expected) {
        throw new PabulibError(record.line, `missing ${expected} section before ${name}`);
      }
      current = [record];
      found.set(name, current);
    } else if (!current) {
      throw new PabulibError(record.line, 'expected the META section to open the file');
    } else current.push(record);
  }
  const sections = {} as Record<SectionName, Section>;
  for (const name of sectionNames) {
    const [marker, header, ...rows] = found.get(name) ?? [];
    if (!marker) throw new PabulibError(endLine, `missing ${name} section`);
    if (!header) throw new PabulibError(marker.line, `the ${name} section has no header row`);
    sections[name] = { line: header.line, header: header.fields.map((f) => f.trim()), rows };
  }
  return sections;
}

function sectionName(record: PabulibRecord): SectionName | undefined {
  if (record.fields.length !== 1) return undefined;
  const name = record.fields[0]?.trim();
  return sectionNames.find((s) => s === name);
}

/** The row's fields keyed by column, once its width matches the header. */
export function fieldsOf(section: Section, row: PabulibRecord): Record<string, string> {
  if (row.fields.length !== section.header.length) {
    throw new PabulibError(
      row.line,
      `expected ${section.header.length} fields (${section.header.join(';')}), found ${row.fields.length}`,
    );
  }
  const fields: Record<string, string> = {};
  section.header.forEach((column, i) => {
    fields[column] = row.fields[i] ?? '';
  });
  return fields;
}

/** Requires the header to name each of `columns`. */
export function requireColumns(section: Section, name: SectionName, columns: readonly string[]) {
  for (const column of columns) {
    if (!section.header.includes(column)) {
      throw new PabulibError(section.line, `the ${name} header has no "${column}" column`);
    }
  }
  const seen = new Set<string>();
  for (const column of section.header) {
    if (seen.has(column)) throw new PabulibError(section.line, `column "${column}" appears twice`);
    seen.add(column);
  }
}

/** A whole number within the safe integer range, or an error naming the field. */
export function wholeNumber(line: number, field: string, value: string, min: number): number {
  const trimmed = value.trim();
  const parsed = /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(parsed)) {
    throw new PabulibError(line, `${field} "${value}" is not a whole number`);
  }
  if (parsed < min) throw new PabulibError(line, `${field} ${parsed} is below ${min}`);
  return parsed;
}

/** A comma-separated list; an empty field is an empty list. */
export function list(value: string): string[] {
  return value.trim() === '' ? [] : value.split(',').map((item) => item.trim());
}
