import type { Database } from '../../../db/database.js';
import type { Viewer } from '../../identity/viewer.js';
import { selectAppealsOf } from '../appeals/appeal.sql.js';
import type { EditionService } from '../editions/edition.service.js';
import { selectEvaluations } from '../evaluations/evaluation.sql.js';
import { toProject } from '../projects/project.sql.js';
import { selectMyProjects } from './my-project.sql.js';

/** More than a resident authors in a year of Warsaw's budget. */
export const maxMyProjects = 100;

/** A resident's own projects, with their evaluations and appeals. */
export class MyProjectService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  async list(viewer: Viewer) {
    const rows = await selectMyProjects(this.db.pool, viewer.userId, maxMyProjects);
    const ids = rows.map((r) => r.id);
    const editionIds = [...new Set(rows.map((r) => r.editionId))];
    const [evaluations, appeals, editions] = await Promise.all([
      selectEvaluations(this.db.pool, ids),
      selectAppealsOf(this.db.pool, ids),
      Promise.all(editionIds.map((id) => this.editions.find(id))),
    ]);
    return rows.map((row) => {
      const own = evaluations.filter((e) => e.projectId === row.id);
      const appeal = appeals.find((a) => a.projectId === row.id) ?? null;
      const phase = editions.find((e) => e.id === row.editionId)?.currentPhase;
      const negative = own.some((e) => e.decision === 'NEGATIVE');
      return {
        ...row,
        project: toProject(row),
        // Only what the authors may read: decided evaluations, without reviewers.
        evaluations: own.filter((e) => e.decidedAt),
        appeal,
        appealable: row.status === 'REJECTED' && negative && !appeal && phase === 'APPEALS',
      };
    });
  }
}
