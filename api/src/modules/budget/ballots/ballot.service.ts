import type { Database } from '../../../db/database.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { checkAge, checkApprovals, checkDistrictPool, checkVerified } from './ballot.rules.js';
import { castBallot, selectBallotProjects, selectOwnBallot } from './ballot.sql.js';

export class BallotService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /**
   * Casts the viewer's ballot: the edition and the named projects read at once, then one
   * statement. The checks here give clear errors; the database's unique constraint is what
   * stops concurrent requests from voting twice.
   */
  async cast(
    viewer: Viewer,
    editionId: string,
    districtPoolId: string | null,
    projectIds: string[],
  ) {
    checkVerified(viewer);
    const bad = projectIds.findIndex((id) => !isUuid(id));
    const [edition, found] = await Promise.all([
      this.editions.findInPhase(editionId, 'VOTING', 'editionId', 'BALLOT_OUTSIDE_VOTING'),
      isUuid(editionId) && bad < 0
        ? selectBallotProjects(this.db.pool, editionId, projectIds)
        : Promise.resolve([]),
    ]);
    checkAge(viewer, edition);
    if (districtPoolId !== null && !isUuid(districtPoolId)) {
      throw badInput('districtPoolId', `"${districtPoolId}" is not a pool id`);
    }
    checkDistrictPool(edition, districtPoolId);
    if (bad >= 0) throw badInput(`projectIds[${bad}]`, `"${projectIds[bad]}" is not a project id`);
    checkApprovals(edition, districtPoolId, projectIds, found);
    const secondBallot = () =>
      conflict(
        `You have already voted in edition ${editionId}.`,
        'editionId',
        'BALLOT_ALREADY_CAST',
      );
    const ballot = await castBallot(this.db.pool, {
      editionId,
      voterId: viewer.userId,
      districtPoolId,
      replace: edition.ballotChangeable,
      projectIds,
    }).catch((error: unknown) => {
      // A unique violation all the same (e.g. an erased voter's id reused) is a second ballot.
      if ((error as { constraint?: string }).constraint === 'budget_ballot_one_per_voter') {
        throw secondBallot();
      }
      throw error;
    });
    if (!ballot) throw secondBallot();
    return ballot;
  }

  /** The viewer's own ballot, or null. */
  async own(viewer: Viewer, editionId: string) {
    if (!isUuid(editionId)) return null;
    return selectOwnBallot(this.db.pool, editionId, viewer.userId);
  }
}
