import { characterCount } from '../../../graphql/text-argument.js';
import type { PabulibFile, PabulibProject } from './pabulib.types.js';
import { PabulibError } from './pabulib-error.js';
import { readSections } from './sections.js';

const maxInt = 2 ** 31 - 1;

// Lines are looked up only to word a refusal, so a good file is not read twice.
const metaLine = (text: string, key: string) =>
  readSections(text).META.rows.find((row) => row.fields[0]?.trim() === key)?.line ?? 1;
const projectLine = (text: string, index: number) =>
  readSections(text).PROJECTS.rows[index]?.line ?? 1;

/** A project's title as stored: its name, or "Project <id>" without one. */
export const projectTitle = (p: PabulibProject) => p.name?.trim() || `Project ${p.id}`;

/**
 * What an import stores of a file's META, held to the tables' limits (a title of 3 to 200
 * characters, a year from 2000 to 2200, a positive budget…): a file past them is refused
 * naming the line, before any SQL. So are project names longer than 300 characters.
 */
export function importedFields(file: PabulibFile, text: string) {
  const { meta } = file;
  const refuse = (key: string, problem: string) =>
    new PabulibError(metaLine(text, key), `META ${key} ${problem}`);
  const year = Number(meta.instance) || new Date().getUTCFullYear();
  if (!Number.isInteger(year) || year < 2000 || year > 2200) {
    throw refuse('instance', `"${meta.instance}" must be a year from 2000 to 2200`);
  }
  const description = meta.description?.trim();
  const title = description || `${meta.unit ?? 'Pabulib'} ${meta.instance ?? ''}`.trim();
  if (characterCount(title) < 3 || characterCount(title) > 200) {
    throw refuse(description ? 'description' : 'unit', 'must make a title of 3 to 200 characters');
  }
  const maxApprovals = meta.max_length ? Number(meta.max_length) : 1_000_000;
  if (maxApprovals < 1 || maxApprovals > maxInt) {
    throw refuse('max_length', `must be from 1 to ${maxInt}`);
  }
  if (file.budgetGrosze < 1n) throw refuse('budget', 'must be more than 0');
  const namedBy = ['subunit', 'district', 'unit'].find((key) => meta[key]?.trim());
  const poolName = (namedBy && meta[namedBy]?.trim()) || 'Pool';
  if (namedBy && characterCount(poolName) > 200) {
    throw refuse(namedBy, 'must make a pool name of at most 200 characters');
  }
  file.projects.forEach((project, i) => {
    if (characterCount(projectTitle(project)) > 300) {
      const problem = `the name of project ${project.id} is longer than 300 characters`;
      throw new PabulibError(projectLine(text, i), problem);
    }
  });
  return { year, title, maxApprovals, poolName };
}
