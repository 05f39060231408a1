import { type Queryable, sql } from '../../../db/sql.js';
import type {
  BudgetCompletion,
  BudgetPhase,
  BudgetPoolKind,
  BudgetRule,
} from '../../../generated/prisma/enums.js';
import type { BudgetPhasePeriodInput } from './edition.input.js';

export type NewEdition = {
  year: number;
  title: string;
  rule: BudgetRule;
  completion: BudgetCompletion | null;
  areaMaxApprovals: number;
  citywideMaxApprovals: number;
  areaMinVotes: number;
  citywideMinVotes: number;
  minAge: number;
  ballotChangeable: boolean;
  proposalsOpenToAll?: boolean;
  /** META rows of an imported Pabulib file, kept for export. */
  sourceMeta?: Record<string, string>;
};

/** The one INSERT of an edition: admins' createBudgetEdition and the Pabulib import. */
export async function insertEdition(db: Queryable, e: NewEdition) {
  const { rows } = await db.query<{ id: string }>(
    sql`INSERT INTO budget_edition (year, title, rule, completion, area_max_approvals,
          citywide_max_approvals, area_min_votes, citywide_min_votes, min_age, ballot_changeable,
          proposals_open_to_all, source_meta)
        VALUES (${e.year}, ${e.title}, ${e.rule}, ${e.completion}, ${e.areaMaxApprovals},
          ${e.citywideMaxApprovals}, ${e.areaMinVotes}, ${e.citywideMinVotes}, ${e.minAge},
          ${e.ballotChangeable}, ${e.proposalsOpenToAll ?? false}, ${JSON.stringify(e.sourceMeta ?? {})})
        RETURNING id`,
  );
  return rows[0]?.id ?? '';
}

/** Replaces the edition's whole schedule in one statement pair. */
export async function replacePhases(
  db: Queryable,
  editionId: string,
  phases: BudgetPhasePeriodInput[],
) {
  await db.query('DELETE FROM budget_phase_period WHERE edition_id = $1', [editionId]);
  await db.query(
    `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
     SELECT $1, x.phase::budget_phase, x.starts_at, x.ends_at
     FROM jsonb_to_recordset($2::jsonb) AS x(phase text, starts_at timestamptz, ends_at timestamptz)`,
    [
      editionId,
      JSON.stringify(
        phases.map((p) => ({
          phase: p.phase,
          starts_at: p.startsAt.toISOString(),
          ends_at: p.endsAt.toISOString(),
        })),
      ),
    ],
  );
}

export async function selectPhases(db: Queryable, editionId: string) {
  const { rows } = await db.query<{ phase: string; startsAt: Date; endsAt: Date }>(
    `SELECT phase, starts_at AS "startsAt", ends_at AS "endsAt" FROM budget_phase_period
     WHERE edition_id = $1 ORDER BY starts_at`,
    [editionId],
  );
  return rows;
}

/** Locks the edition row; false if there is none. */
export async function lockEdition(db: Queryable, editionId: string) {
  const { rows } = await db.query('SELECT 1 FROM budget_edition WHERE id = $1 FOR UPDATE', [
    editionId,
  ]);
  return rows.length > 0;
}

export type EditionRules = Omit<NewEdition, 'sourceMeta'>;

/** Replaces the edition's name and rules; the row as it was before, for the audit. */
export async function updateEditionRules(db: Queryable, editionId: string, e: EditionRules) {
  const { rows } = await db.query<{ before: Record<string, unknown> }>(
    sql`UPDATE budget_edition e SET year = ${e.year}, title = ${e.title}, rule = ${e.rule},
          completion = ${e.completion}, area_max_approvals = ${e.areaMaxApprovals},
          citywide_max_approvals = ${e.citywideMaxApprovals}, area_min_votes = ${e.areaMinVotes},
          citywide_min_votes = ${e.citywideMinVotes}, min_age = ${e.minAge},
          ballot_changeable = ${e.ballotChangeable},
          proposals_open_to_all = ${e.proposalsOpenToAll ?? false}
        FROM (SELECT id, year, title, rule, completion, area_max_approvals, citywide_max_approvals,
                area_min_votes, citywide_min_votes, min_age, ballot_changeable,
                proposals_open_to_all
              FROM budget_edition WHERE id = ${editionId}) old
        WHERE e.id = old.id
        RETURNING to_jsonb(old) - 'id' AS before`,
  );
  return rows[0]?.before ?? {};
}

/** An edition as read: its rules, its phases by start and its pools by kind and name. */
export type EditionRow = Required<EditionRules> & {
  id: string;
  createdAt: Date;
  phases: { phase: BudgetPhase; startsAt: Date; endsAt: Date }[];
  pools: {
    id: string;
    editionId: string;
    kind: BudgetPoolKind;
    areaId: string | null;
    unitId: string;
    name: string;
    amountGrosze: string;
  }[];
};

type RawEditionRow = Omit<EditionRow, 'phases'> & {
  phases: { phase: BudgetPhase; startsAt: string; endsAt: string }[];
};

/** One edition by id, or all of them newest year first: one statement, phases and pools too. */
export async function selectEditions(db: Queryable, id: string | null): Promise<EditionRow[]> {
  const { rows } = await db.query<RawEditionRow>(
    sql`SELECT e.id, e.year, e.title, e.rule, e.completion,
          e.area_max_approvals AS "areaMaxApprovals", e.citywide_max_approvals AS "citywideMaxApprovals",
          e.area_min_votes AS "areaMinVotes", e.citywide_min_votes AS "citywideMinVotes",
          e.min_age AS "minAge", e.ballot_changeable AS "ballotChangeable",
          e.proposals_open_to_all AS "proposalsOpenToAll", e.created_at AS "createdAt",
          COALESCE((SELECT json_agg(json_build_object('phase', p.phase, 'startsAt', p.starts_at,
                      'endsAt', p.ends_at) ORDER BY p.starts_at)
                    FROM budget_phase_period p WHERE p.edition_id = e.id), '[]') AS phases,
          COALESCE((SELECT json_agg(json_build_object('id', l.id, 'editionId', l.edition_id,
                      'kind', l.kind, 'areaId', l.area_id, 'unitId', l.unit_id, 'name', l.name,
                      'amountGrosze', l.amount_grosze::text) ORDER BY l.kind, l.name)
                    FROM budget_pool l WHERE l.edition_id = e.id), '[]') AS pools
        FROM budget_edition e WHERE ${id}::uuid IS NULL OR e.id = ${id}::uuid
        ORDER BY e.year DESC, e.created_at DESC`,
  );
  return rows.map((row) => ({
    ...row,
    phases: row.phases.map((p) => ({
      phase: p.phase,
      startsAt: new Date(p.startsAt),
      endsAt: new Date(p.endsAt),
    })),
  }));
}
