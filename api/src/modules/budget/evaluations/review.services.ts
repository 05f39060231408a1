import type { Database } from '../../../db/database.js';
import type { FileService } from '../../files/file.service.js';
import { AppealService } from '../appeals/appeal.service.js';
import type { EditionService } from '../editions/edition.service.js';
import { MyProjectService } from '../my-projects/my-project.service.js';
import { EvaluationService } from './evaluation.service.js';

/** Verification, appeals and the authors' view of them. */
export function createReviewServices(db: Database, editions: EditionService, files: FileService) {
  return {
    evaluations: new EvaluationService(db, editions),
    appeals: new AppealService(db, editions, files),
    myProjects: new MyProjectService(db, editions),
  };
}
