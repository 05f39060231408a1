import type { Database } from '../../../db/database.js';
import { badInput } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { money } from '../money.js';
import { PabulibError } from './pabulib-error.js';
import { checkImport } from './pabulib-import.check.js';
import { importPabulib } from './pabulib-import.service.js';
import type { PabulibPreview } from './pabulib-preview.type.js';

/** An admin's import of a Pabulib file over GraphQL: the CLI's import, audited as the admin. */
export class EditionImportService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** What the import would do and every problem stopping it, by its own check; writes nothing. */
  async preview(text: string, unitSlug: string | null): Promise<PabulibPreview> {
    const check = await checkImport(this.db.pool, text, unitSlug ?? undefined);
    const { file, edition, pool } = check;
    return {
      meta: Object.entries(file?.meta ?? {}).map(([key, value]) => ({ key, value })),
      edition: edition && {
        year: edition.year,
        title: edition.title,
        rule: edition.rule,
        maxApprovals: edition.areaMaxApprovals,
      },
      pools: pool ? [{ ...pool, amount: money(pool.amountGrosze) }] : [],
      projectCount: file?.projects.length ?? 0,
      ballotCount: file?.ballots.length ?? 0,
      problems: check.problems.map((p) => ({
        line: p.line,
        reason: p.reason,
        params: p.params,
        detail: p.problem,
      })),
      problemCount: check.problemCount,
      importable: check.problemCount === 0,
    };
  }

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
        throw badInput('file', error.message, error.reason, { ...error.params, line: error.line });
      }
      throw error;
    }
  }
}
