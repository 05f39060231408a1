import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict, forbidden } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { isAdmin, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import { checkApprovals, checkDistrictPool } from './ballot.rules.js';
import { insertApprovals, insertPaperBallot, selectBallotProjects } from './ballot.sql.js';

/** Paper ballots entered by district staff: the limits of castBallot, no voter account. */
export class PaperBallotService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  async enter(
    viewer: Viewer,
    editionId: string,
    districtPoolId: string | null,
    projectIds: string[],
    voterReference: string,
  ) {
    const edition = await this.editions.findInPhase(
      editionId,
      'VOTING',
      'editionId',
      'BALLOT_OUTSIDE_VOTING',
    );
    if (districtPoolId !== null && !isUuid(districtPoolId)) {
      throw badInput('districtPoolId', `"${districtPoolId}" is not a pool id`);
    }
    checkDistrictPool(edition, districtPoolId);
    checkDistrictStaff(viewer, edition, districtPoolId);
    const reference = checkReference(voterReference);
    const bad = projectIds.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw badInput(`projectIds[${bad}]`, `"${projectIds[bad]}" is not a project id`);
    return inTransaction(this.db.pool, async (client) => {
      const found = await selectBallotProjects(client, editionId, projectIds);
      checkApprovals(edition, districtPoolId, projectIds, found);
      const ballot = await insertPaperBallot(client, {
        editionId,
        districtPoolId,
        enteredById: viewer.userId,
        reference,
      });
      if (!ballot) {
        throw conflict(
          `A paper ballot "${reference}" was already entered in edition ${editionId}.`,
          'voterReference',
          'PAPER_BALLOT_ALREADY_ENTERED',
        );
      }
      await insertApprovals(client, ballot.id, projectIds);
      // Who entered which sheet, but not what it approves: the ballot stays secret.
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.ballot.paper',
        targetType: 'BudgetBallot',
        targetId: ballot.id,
        after: { editionId, voterReference: reference, enteredById: viewer.userId },
      });
      return {
        id: ballot.id,
        editionId,
        districtPoolId,
        castAt: ballot.castAt,
        projectIds: [...projectIds].sort(),
      };
    });
  }
}

/** The reference written on the paper ballot, trimmed: 1 to 100 characters. */
function checkReference(value: string) {
  const reference = value.trim();
  const problem = 'give the reference on the paper ballot, 1 to 100 characters';
  if (reference === '') throw badInput('voterReference', problem, 'INPUT_REQUIRED');
  if (reference.length > 100) {
    throw badInput('voterReference', problem, 'INPUT_TOO_LONG', { max: 100 });
  }
  return reference;
}

/** Admins, or planners of the chosen district pool's unit (of any district pool if none). */
function checkDistrictStaff(viewer: Viewer, edition: BudgetEdition, districtPoolId: string | null) {
  if (isAdmin(viewer)) return;
  const staffOf = edition.pools.filter(
    (p) => p.kind === 'AREA' && viewer.plannerUnitIds.has(p.unitId),
  );
  const allowed =
    districtPoolId === null ? staffOf.length > 0 : staffOf.some((p) => p.id === districtPoolId);
  if (!allowed) {
    throw forbidden("Only planners of the district pool's office and admins enter paper ballots.");
  }
}
