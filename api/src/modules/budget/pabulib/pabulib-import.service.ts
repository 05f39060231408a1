import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
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
    const { rule, completion } = ruleOf(meta.rule);
    const max = meta.max_length ? Number(meta.max_length) : 1_000_000;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO budget_edition (year, title, rule, completion, area_max_approvals, citywide_max_approvals,
         area_min_votes, citywide_min_votes, source_meta)
       VALUES ($1, $2, $3, $4, $5, $5, 0, 0, $6) RETURNING id`,
      [
        Number(meta.instance) || new Date().getUTCFullYear(),
        meta.description?.trim() || `${meta.unit ?? 'Pabulib'} ${meta.instance ?? ''}`.trim(),
        rule,
        completion,
        max,
        JSON.stringify(meta),
      ],
    );
    const editionId = rows[0]?.id ?? '';
    const begin = pabulibDate(meta.date_begin);
    const end = pabulibDate(meta.date_end);
    if (begin && end && end >= begin) {
      await client.query(
        `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
         VALUES ($1, 'VOTING', $2, $3::timestamptz + interval '1 day')`,
        [editionId, begin, end],
      );
    }
    const { rows: pools } = await client.query<{ id: string }>(
      `INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
       VALUES ($1, $2, $3, $4, $5, $6::bigint * 100) RETURNING id`,
      [
        editionId,
        office ? 'AREA' : 'CITYWIDE',
        office?.areaId ?? null,
        unitId,
        meta.subunit?.trim() || meta.district?.trim() || meta.unit?.trim() || 'Pool',
        String(file.budget),
      ],
    );
    const poolId = pools[0]?.id ?? '';
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
