import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { insertEdition, replacePhases } from '../editions/edition.sql.js';
import { insertPool } from '../pools/pool.sql.js';
import { editionRule, ruleNamed } from '../tally/rules.js';
import { TallyError } from '../tally/tally-error.js';
import { parsePabulib } from './pabulib.parse.js';
import { PabulibError } from './pabulib-error.js';
import {
  insertBallots,
  insertProjects,
  selectDistrictOffice,
  selectUnitBySlug,
} from './pabulib-import.sql.js';
import { importedFields } from './pabulib-limits.js';

const DAY_MS = 86_400_000;

export type ImportOptions = {
  /** Owner of a city-wide pool (a file whose `district` names no Warsaw district). */
  unitSlug?: string;
  actorId: string | null;
};

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

/**
 * Creates an edition, one pool, its projects and ballots from a `.pb` file, all or nothing.
 * Files carry no vote thresholds or conflicts, so the edition has none.
 */
export async function importPabulib(db: Database, text: string, options: ImportOptions) {
  const file = parsePabulib(text);
  const meta = file.meta;
  const { year, title, maxApprovals: max, poolName } = importedFields(file, text);
  return inTransaction(db.pool, async (client) => {
    const office = meta.district ? await selectDistrictOffice(client, meta.district) : null;
    const unitId =
      office?.unitId ?? (options.unitSlug && (await selectUnitBySlug(client, options.unitSlug)));
    if (!unitId) {
      throw new PabulibError(
        1,
        `META district "${meta.district ?? ''}" names no district; name the unit that owns a city-wide pool (--unit <slug>, or unitSlug)`,
        'PABULIB_UNIT_REQUIRED',
      );
    }
    const editionId = await insertEdition(client, {
      year,
      title,
      ...ruleOf(meta.rule),
      areaMaxApprovals: max,
      citywideMaxApprovals: max,
      areaMinVotes: 0,
      citywideMinVotes: 0,
      minAge: 0,
      ballotChangeable: false,
      sourceMeta: meta,
    });
    const voting = votingPeriod(meta);
    if (voting) await replacePhases(client, editionId, [voting]);
    const poolId = await insertPool(client, {
      editionId,
      kind: office ? 'AREA' : 'CITYWIDE',
      areaId: office?.areaId ?? null,
      unitId,
      name: poolName,
      amountGrosze: BigInt(file.budget) * 100n,
    });
    await insertProjects(client, poolId, file);
    await insertBallots(client, editionId, poolId, file);
    await recordAudit(client, {
      actorId: options.actorId,
      action: 'budget.import',
      targetType: 'BudgetEdition',
      targetId: editionId,
      after: { projects: file.projects.length, ballots: file.ballots.length },
    });
    return { editionId, poolId, projects: file.projects.length, ballots: file.ballots.length };
  });
}
