import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { checkAge, checkApprovals, checkDistrictPool, checkVerified } from './ballot.rules.js';
import {
  insertApprovals,
  selectBallotProjects,
  selectOwnBallot,
  upsertBallot,
} from './ballot.sql.js';

export class BallotService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /**
   * Casts the viewer's ballot. The checks here give clear errors; the database's unique
   * constraint is what stops concurrent requests from voting twice.
   */
  async cast(
    viewer: Viewer,
    editionId: string,
    districtPoolId: string | null,
    projectIds: string[],
  ) {
    checkVerified(viewer);
    const edition = await this.editions.findInPhase(
      editionId,
      'VOTING',
      'editionId',
      'BALLOT_OUTSIDE_VOTING',
    );
    checkAge(viewer, edition);
    if (districtPoolId !== null && !isUuid(districtPoolId)) {
      throw badInput('districtPoolId', `"${districtPoolId}" is not a pool id`);
    }
    checkDistrictPool(edition, districtPoolId);
    const bad = projectIds.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw badInput(`projectIds[${bad}]`, `"${projectIds[bad]}" is not a project id`);
    const secondBallot = conflict(
      `You have already voted in edition ${editionId}.`,
      'editionId',
      'BALLOT_ALREADY_CAST',
    );
    try {
      await inTransaction(this.db.pool, async (client) => {
        const found = await selectBallotProjects(client, editionId, projectIds);
        checkApprovals(edition, districtPoolId, projectIds, found);
        const ballotId = await upsertBallot(client, {
          editionId,
          voterId: viewer.userId,
          districtPoolId,
          replace: edition.ballotChangeable,
        });
        if (!ballotId) throw secondBallot;
        await insertApprovals(client, ballotId, projectIds);
      });
    } catch (error) {
      // A unique violation all the same (e.g. an erased voter's id reused) is a second ballot.
      if ((error as { constraint?: string }).constraint === 'budget_ballot_one_per_voter') {
        throw secondBallot;
      }
      throw error;
    }
    return this.own(viewer, editionId);
  }

  /** The viewer's own ballot, or null. */
  async own(viewer: Viewer, editionId: string) {
    if (!isUuid(editionId)) return null;
    return selectOwnBallot(this.db.pool, editionId, viewer.userId);
  }
}
