import type { Database } from '../../../db/database.js';
import { badInput } from '../../../errors/domain-error.js';
import { checkPageSize, toConnection } from '../../../graphql/connection.js';
import { isAdmin, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { decodeCandidateCursor, encodeCandidateCursor } from './conflict-candidate.cursor.js';
import {
  type MarkedPair,
  selectConflictCandidates,
  selectMarkedConflicts,
} from './conflict-candidate.sql.js';
import { toProject } from './project.sql.js';
import { selectProjectsByIds } from './project-staff.sql.js';

export const MAX_CANDIDATE_METERS = 1000;

/**
 * What may conflict in an edition, as its planners see it: pairs of projects located close
 * together or overlapping (candidates), and the pairs marked; only pairs with a project of a
 * pool the viewer manages (an admin: all).
 */
export class ConflictCandidateService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** Candidate pairs within `withinMeters`, nearest first, a page of `first` after `after`. */
  async candidates(
    viewer: Viewer,
    editionId: string,
    withinMeters: number,
    first: number,
    after: string | null,
  ) {
    await this.editions.find(editionId, 'editionId');
    if (!Number.isFinite(withinMeters) || withinMeters < 0 || withinMeters > MAX_CANDIDATE_METERS) {
      throw badInput(
        'withinMeters',
        `give a distance from 0 to ${MAX_CANDIDATE_METERS} metres`,
        'INPUT_OUT_OF_RANGE',
        { min: 0, max: MAX_CANDIDATE_METERS },
      );
    }
    checkPageSize(first);
    const rows = await selectConflictCandidates(this.db.pool, {
      editionId,
      withinMeters,
      unitIds: this.unitIds(viewer),
      after: decodeCandidateCursor(after),
      limit: first + 1,
    });
    const pairs = await this.withProjects(rows);
    return toConnection(pairs, first, (pair) =>
      encodeCandidateCursor({
        distanceMeters: pair.distanceMeters,
        projectId: pair.project.id,
        otherProjectId: pair.otherProject.id,
      }),
    );
  }

  /** The edition's marked pairs, at most `first`. */
  async marked(viewer: Viewer, editionId: string, first: number) {
    await this.editions.find(editionId, 'editionId');
    checkPageSize(first);
    const rows = await selectMarkedConflicts(this.db.pool, editionId, this.unitIds(viewer), first);
    return this.withProjects(rows);
  }

  private unitIds(viewer: Viewer) {
    return isAdmin(viewer) ? null : [...viewer.plannerUnitIds];
  }

  private async withProjects<P extends MarkedPair>(pairs: P[]) {
    const ids = pairs.flatMap((p) => [p.projectId, p.otherProjectId]);
    const rows = await selectProjectsByIds(this.db.pool, [...new Set(ids)]);
    const byId = new Map(rows.map((row) => [row.id, toProject(row)]));
    return pairs.flatMap(({ projectId, otherProjectId, ...rest }) => {
      const project = byId.get(projectId);
      const otherProject = byId.get(otherProjectId);
      return project && otherProject ? [{ ...rest, project, otherProject }] : [];
    });
  }
}
