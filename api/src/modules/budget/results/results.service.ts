import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { badInput, conflict } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { isAdmin, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { type PoolTally, tallyEditionPools } from '../tally/edition-tally.js';
import { TallyError } from '../tally/tally-error.js';
import { projectOutcome } from './project-outcome.js';
import type { PoolResult } from './result.type.js';
import {
  hasPublishedResults,
  lockEditionSeed,
  publishPoolResults,
  selectConflictRefs,
  selectPoolBallots,
  selectResults,
  selectTallyProjects,
  setSelectedStatuses,
  type TallyProject,
  toPoolResult,
  upsertPoolResult,
} from './results.sql.js';

export class ResultsService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** Once VOTING has ended, tallies every pool with the edition's rule; stored unpublished. */
  async tally(viewer: Viewer | null, editionId: string) {
    const edition = await this.editions.findAfterVoting(editionId, 'editionId');
    await inTransaction(this.db.pool, async (client) => {
      const lotSeed = await lockEditionSeed(client, editionId);
      if (await hasPublishedResults(client, editionId)) {
        throw conflict(
          `The results of edition ${editionId} are published and frozen.`,
          'editionId',
          'RESULTS_PUBLISHED',
        );
      }
      const projects = await selectTallyProjects(client, editionId);
      const conflicts = await selectConflictRefs(client, editionId);
      let tallies: PoolTally[];
      try {
        tallies = tallyEditionPools({
          rule: edition.rule,
          completion: edition.completion,
          lotSeed,
          minVotes: { AREA: edition.areaMinVotes, CITYWIDE: edition.citywideMinVotes },
          pools: edition.pools.map((p) => ({ ...p, amountGrosze: BigInt(p.amount.grosze) })),
          projects: projects.map((p) => ({ ...p, costGrosze: BigInt(p.costGrosze) })),
          ballots: await selectPoolBallots(client, editionId),
          conflicts,
        });
      } catch (error) {
        if (error instanceof TallyError) throw badInput('editionId', error.message, error.reason);
        throw error;
      }
      const fundedBefore = new Set<string>();
      for (const t of tallies) {
        const stored = storedResult(t, projects, conflicts, fundedBefore);
        await upsertPoolResult(client, editionId, t.poolId, stored);
        for (const ref of t.selected) fundedBefore.add(ref);
      }
      await recordAudit(client, {
        actorId: viewer?.userId ?? null,
        action: 'budget.tally',
        targetType: 'BudgetEdition',
        targetId: editionId,
        after: { pools: tallies.length },
      });
    });
    return this.results(viewer, editionId);
  }

  /** Freezes the tallied results and marks each project SELECTED or NOT_SELECTED. */
  async publish(viewer: Viewer, editionId: string) {
    await this.editions.findAfterVoting(editionId, 'editionId');
    await inTransaction(this.db.pool, async (client) => {
      await lockEditionSeed(client, editionId);
      if (await hasPublishedResults(client, editionId)) {
        throw conflict(
          `The results of edition ${editionId} are already published.`,
          'editionId',
          'RESULTS_PUBLISHED',
        );
      }
      if (!(await publishPoolResults(client, editionId))) {
        throw badInput(
          'editionId',
          'tally the edition before publishing its results',
          'RESULTS_NOT_TALLIED',
        );
      }
      await setSelectedStatuses(client, editionId);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.publishResults',
        targetType: 'BudgetEdition',
        targetId: editionId,
      });
    });
    return this.results(viewer, editionId);
  }

  /** Published results for everyone; admins also see a tally not yet published. Counts only. */
  async results(viewer: Viewer | null, editionId: string): Promise<PoolResult[]> {
    await this.editions.find(editionId, 'editionId');
    const rows = await selectResults(this.db.pool, editionId, !isAdmin(viewer));
    return rows.map(toPoolResult);
  }
}

/**
 * A pool's tally as stored: selected projects first in the order funded, then by votes, each
 * with why it was funded or not.
 */
function storedResult(
  t: PoolTally,
  projects: TallyProject[],
  conflicts: [string, string][],
  fundedBefore: ReadonlySet<string>,
) {
  const rank = (ref: string) => t.selected.indexOf(ref);
  const byRef = new Map(projects.map((p) => [p.ref, p]));
  const rivalsOf = (ref: string) =>
    conflicts.flatMap(([a, b]) => {
      const rival = a === ref ? b : b === ref ? a : null;
      const project = rival === null ? undefined : byRef.get(rival);
      return project ? [project] : [];
    });
  const rows = projects
    .filter((p) => p.poolId === t.poolId)
    .map((p) => ({
      projectId: p.id,
      title: p.title,
      costGrosze: p.costGrosze,
      votes: p.votes,
      selected: rank(p.ref) >= 0,
      ...projectOutcome(t, p, rivalsOf(p.ref), fundedBefore),
      order: rank(p.ref),
    }))
    .sort(
      (a, b) =>
        (b.selected ? 1 : 0) - (a.selected ? 1 : 0) ||
        (a.selected ? a.order - b.order : b.votes - a.votes),
    );
  return {
    rule: t.rule,
    budgetGrosze: t.budgetGrosze.toString(),
    costGrosze: t.costGrosze.toString(),
    projects: rows.map(({ order: _, ...row }) => row),
    log: t.log,
  };
}
