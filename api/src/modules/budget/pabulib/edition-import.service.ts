import type { Database } from '../../../db/database.js';
import { badInput } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { PabulibError } from './pabulib-error.js';
import { importPabulib } from './pabulib-import.service.js';

/** An admin's import of a Pabulib file over GraphQL: the CLI's import, audited as the admin. */
export class EditionImportService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** The new edition; a bad file is BAD_USER_INPUT on `file` naming its line, nothing written. */
  async importFile(viewer: Viewer, text: string, unitSlug: string | null) {
    try {
      const { editionId } = await importPabulib(this.db, text, {
        unitSlug: unitSlug ?? undefined,
        actorId: viewer.userId,
      });
      return await this.editions.find(editionId);
    } catch (error) {
      if (error instanceof PabulibError) {
        throw badInput('file', error.message, error.reason, { line: error.line });
      }
      throw error;
    }
  }
}
