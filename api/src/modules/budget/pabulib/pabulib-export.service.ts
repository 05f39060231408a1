import type { Database } from '../../../db/database.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, notFound } from '../../../errors/domain-error.js';
import type { PabulibFile } from './pabulib.types.js';
import { writePabulib } from './pabulib.write.js';
import {
  selectExportBallots,
  selectExportPool,
  selectExportProjects,
} from './pabulib-export.sql.js';

/** The `.pb` text of a one-pool edition (as an import makes), or of `poolId` of a larger one. */
export async function exportPabulib(db: Database, editionId: string, poolId?: string) {
  if (!isUuid(editionId)) throw notFound(`No budget edition has id "${editionId}".`, 'editionId');
  const pools = await selectExportPool(db.pool, editionId);
  if (pools.length === 0)
    throw notFound(`No budget edition with pools has id "${editionId}".`, 'editionId');
  const pool = poolId
    ? pools.find((p) => p.id === poolId)
    : pools.length === 1
      ? pools[0]
      : undefined;
  if (!pool) throw badInput('poolId', `name one of the edition's ${pools.length} pools`);
  const projects = await selectExportProjects(db.pool, pool.id);
  const ballots = await selectExportBallots(db.pool, pool.id);
  const published = new Map(pool.published?.map((p) => [p.projectId, p.selected]));
  const extraProjectColumns = [...new Set(projects.flatMap((p) => Object.keys(p.fields)))].filter(
    (c) => c !== 'votes' && c !== 'selected',
  );
  const extraVoteColumns = [...new Set(ballots.flatMap((b) => Object.keys(b.fields)))];
  const file: PabulibFile = {
    meta: {
      ...pool.meta,
      num_projects: String(projects.length),
      num_votes: String(ballots.length),
    },
    budgetGrosze: BigInt(pool.amountGrosze),
    projectColumns: [
      'project_id',
      'cost',
      'votes',
      'name',
      'category',
      'target',
      'selected',
      ...extraProjectColumns,
    ],
    projects: projects.map((p) => ({
      id: p.ref,
      costGrosze: BigInt(p.costGrosze),
      votes: p.votes,
      name: p.title,
      category: p.categories,
      target: p.targetGroups,
      selected: published.get(p.id) ?? p.fields.selected === '1',
      fields: p.fields,
    })),
    voteColumns: ['voter_id', ...extraVoteColumns, 'vote'],
    ballots: ballots.map((b) => ({ voterId: b.voter, vote: b.refs, fields: b.fields })),
  };
  return writePabulib(file);
}
