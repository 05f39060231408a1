import type pg from 'pg';
import { castBallot, selectBallotProjects } from '../api/src/modules/budget/ballots/ballot.sql.js';

export type RawBallot = {
  editionId: string;
  voterId: string;
  districtPoolId: string;
  projectIds: string[];
};

/** What castBallot sends, raw: the edition with its phases and pools and the projects, the write. */
export async function castRawBallot(pool: pg.Pool, ballot: RawBallot) {
  await Promise.all([
    pool.query(
      `SELECT e.*, (SELECT json_agg(p) FROM budget_phase_period p WHERE p.edition_id = e.id),
              (SELECT json_agg(l) FROM budget_pool l WHERE l.edition_id = e.id)
       FROM budget_edition e WHERE e.id = $1`,
      [ballot.editionId],
    ),
    selectBallotProjects(pool, ballot.editionId, ballot.projectIds),
  ]);
  const cast = await castBallot(pool, { ...ballot, replace: false });
  if (!cast) throw new Error('raw ballot refused');
  return cast;
}
