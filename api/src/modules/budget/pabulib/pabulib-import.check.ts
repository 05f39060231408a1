import type { Queryable } from '../../../db/sql.js';
import type { NewPool } from '../pools/pool.sql.js';
import { editionRule, ruleNamed } from '../tally/rules.js';
import { TallyError } from '../tally/tally-error.js';
import { checkPabulib, problemLimit } from './pabulib.parse.js';
import type { PabulibFile } from './pabulib.types.js';
import { PabulibError } from './pabulib-error.js';
import { selectDistrictOffice, selectUnitBySlug } from './pabulib-import.sql.js';
import { importedFields } from './pabulib-limits.js';

const DAY_MS = 86_400_000;

/** What importing a file would create, as far as it reads, and every problem that stops it. */
export interface ImportCheck {
  file: PabulibFile | null;
  edition: ReturnType<typeof editionOf>['edition'] | null;
  voting: ReturnType<typeof votingPeriod>;
  pool: Omit<NewPool, 'editionId'> | null;
  problems: PabulibError[];
  problemCount: number;
}

/** `DD.MM.YYYY` as midnight UTC, or null. */
function pabulibDate(value: string | undefined): Date | null {
  const match = value?.trim().match(/^(\d{2})\.(\d{2})\.(\d{4})$/);
  return match
    ? new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])))
    : null;
}

/** VOTING from META `date_begin` to the end of `date_end`, when both are dates in order. */
function votingPeriod(meta: Record<string, string>) {
  const begin = pabulibDate(meta.date_begin);
  const end = pabulibDate(meta.date_end);
  if (!begin || !end || end < begin) return null;
  return { phase: 'VOTING' as const, startsAt: begin, endsAt: new Date(end.getTime() + DAY_MS) };
}

/** The edition's rule from META `rule` (greedy when absent); a rule Plac lacks refuses the file. */
function ruleOf(rule: string | undefined) {
  try {
    return editionRule(ruleNamed(rule ?? 'greedy'));
  } catch (error) {
    if (!(error instanceof TallyError)) throw error;
    throw new PabulibError(1, `META ${error.message}`, 'TALLY_RULE_UNKNOWN');
  }
}

/** The edition a file makes. Files carry no vote thresholds or conflicts, so it has none. */
function editionOf(file: PabulibFile, text: string) {
  const { year, title, maxApprovals: max, poolName } = importedFields(file, text);
  const edition = {
    year,
    title,
    ...ruleOf(file.meta.rule),
    areaMaxApprovals: max,
    citywideMaxApprovals: max,
    areaMinVotes: 0,
    citywideMinVotes: 0,
    minAge: 0,
    ballotChangeable: false,
    sourceMeta: file.meta,
  };
  return { edition, poolName };
}

/** The file's pool: its META district's office, or city-wide owned by the unit `unitSlug`. */
async function poolOf(db: Queryable, file: PabulibFile, name: string, unitSlug?: string) {
  const district = file.meta.district;
  const office = district ? await selectDistrictOffice(db, district) : null;
  const unitId = office?.unitId ?? (unitSlug && (await selectUnitBySlug(db, unitSlug)));
  if (!unitId) {
    throw new PabulibError(
      1,
      `META district "${district ?? ''}" names no district; name the unit that owns a city-wide pool (--unit <slug>, or unitSlug)`,
      'PABULIB_UNIT_REQUIRED',
    );
  }
  return {
    kind: office ? ('AREA' as const) : ('CITYWIDE' as const),
    areaId: office?.areaId ?? null,
    unitId,
    name,
    amountGrosze: file.budgetGrosze,
  };
}

/**
 * The one check of a Pabulib file, for the preview and the import alike: the file read
 * (every bad row found), then the edition and pool it makes. Writes nothing.
 */
export async function checkImport(db: Queryable, text: string, unitSlug?: string) {
  const read = checkPabulib(text);
  const check: ImportCheck = {
    ...read,
    edition: null,
    voting: read.file ? votingPeriod(read.file.meta) : null,
    pool: null,
  };
  const file = read.file;
  const refused = (error: unknown) => {
    if (!(error instanceof PabulibError)) throw error;
    check.problemCount++;
    if (check.problems.length < problemLimit) check.problems.push(error);
    check.problems.sort((a, b) => a.line - b.line);
  };
  if (!file) return check;
  try {
    const { edition, poolName } = editionOf(file, text);
    check.edition = edition;
    check.pool = await poolOf(db, file, poolName, unitSlug).catch((error) => {
      refused(error);
      return null;
    });
  } catch (error) {
    refused(error);
  }
  return check;
}
