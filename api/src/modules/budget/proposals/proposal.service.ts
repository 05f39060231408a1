import DataLoader from 'dataloader';
import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../../../errors/domain-error.js';
import type { Geometry } from '../../../geo/geojson.js';
import { type FileService, fileUrl } from '../../files/file.service.js';
import { hashSecret, newSecret, normaliseEmail } from '../../identity/credentials.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import { checkTitle } from '../projects/project.input.js';
import { toProject } from '../projects/project.sql.js';
import { assertInsidePool, parseLocation } from '../projects/project-location.checks.js';
import {
  acceptInvitation,
  countCoauthors,
  insertInvitation,
  isInvitedOrAuthor,
  lockInvitation,
  selectAuthors,
  selectUserEmail,
} from './author.sql.js';
import { checkComplete, checkCostLines, checkDescription, checkTerms } from './proposal.checks.js';
import type { ProjectProposalInput } from './proposal.input.js';
import {
  insertDraft,
  isAuthor,
  moveStatus,
  type ProposalRow,
  replaceLocations,
  selectProposal,
  selectSuggestedPool,
  selectVocabulary,
  updateDraft,
} from './proposal.sql.js';
import { checkProjectFiles } from './proposal-file.checks.js';
import {
  type ProjectFile,
  type ProjectFileKind,
  replaceProjectFiles,
  selectProjectFiles,
} from './proposal-file.sql.js';

const maxCoauthors = 10;

/** Why the viewer may not propose in the edition now, or null when they may. */
export function proposalRefusal(viewer: Viewer | null, edition: BudgetEdition) {
  if (!viewer) return 'SIGN_IN_REQUIRED' as const;
  if (edition.currentPhase !== 'SUBMISSION') return 'PHASE_CLOSED' as const;
  if (!viewer.verified && !edition.proposalsOpenToAll) {
    return 'PROPOSAL_VERIFICATION_REQUIRED' as const;
  }
  return null;
}

/** Residents propose projects: drafts, submitting, withdrawing, co-authors. */
export class ProposalService {
  constructor(
    private readonly db: Database,
    private readonly maxVertices: number,
    private readonly editions: EditionService,
    private readonly files: FileService,
  ) {}

  /** Per-request loaders: each project's images and attachments, in order. */
  loaders() {
    return {
      budgetProjectFiles: new DataLoader(
        async (ids: readonly string[]): Promise<ProjectFile[][]> => {
          const rows = await selectProjectFiles(this.db.pool, ids);
          return ids.map((id) =>
            rows
              .filter((row) => row.projectId === id)
              .map((row) => ({ ...row, url: fileUrl(row) })),
          );
        },
      ),
    };
  }

  /** The proposal, to its authors only: to anyone else it does not exist. */
  async find(viewer: Viewer, id: string, field = 'id') {
    const row = isUuid(id) ? await selectProposal(this.db.pool, id) : null;
    if (!row || !(await isAuthor(this.db.pool, id, viewer.userId))) {
      throw notFound(`You have no project proposal with id "${id}".`, field);
    }
    return { ...row, ...toProject(row) };
  }

  authors(projectId: string) {
    return selectAuthors(this.db.pool, projectId);
  }

  async vocabulary(editionId: string) {
    const edition = await this.editions.find(editionId, 'editionId');
    return selectVocabulary(this.db.pool, edition.id);
  }

  async suggestPool(editionId: string, value: unknown) {
    const edition = await this.editions.find(editionId, 'editionId');
    const location = await parseLocation(this.db.pool, value, 'location', this.maxVertices);
    const poolId = await selectSuggestedPool(this.db.pool, edition.id, location);
    return edition.pools.find((pool) => pool.id === poolId) ?? null;
  }

  /** A new draft, or the viewer's draft rewritten; located inside the pool's area. */
  async save(viewer: Viewer, input: ProjectProposalInput) {
    const existing = input.id ? await this.find(viewer, input.id, 'input.id') : null;
    if (existing && existing.status !== 'DRAFT') throw notDraft(existing.status);
    const pool = isUuid(input.poolId)
      ? await this.db.prisma.budgetPool.findUnique({ where: { id: input.poolId } })
      : null;
    if (!pool) throw notFound(`No budget pool has id "${input.poolId}".`, 'input.poolId');
    if (existing && existing.editionId !== pool.editionId) {
      throw badInput(
        'input.poolId',
        "a proposal stays in its edition's pools",
        'PROPOSAL_POOL_OTHER_EDITION',
      );
    }
    const edition = await this.mayPropose(viewer, pool.editionId, 'input.poolId');
    const vocabulary = await selectVocabulary(this.db.pool, edition.id);
    const { cost, lines } = checkCostLines(input.costLines ?? []);
    const fields = {
      poolId: pool.id,
      title: checkTitle(input.title, 'input.title'),
      description: checkDescription(input.description ?? ''),
      categories: checkTerms(input.categories ?? [], vocabulary.categories, 'input.categories'),
      targetGroups: checkTerms(
        input.targetGroups ?? [],
        vocabulary.targetGroups,
        'input.targetGroups',
      ),
      costGrosze: cost,
      costLines: lines,
      consentToPublish: input.consentToPublish,
    };
    const locations = await this.parseLocations(input.locations ?? []);
    await assertInsidePool(this.db.pool, pool, locations, (i) => `input.locations[${i}]`);
    const files = await this.checkFiles(viewer, input, existing?.id);
    const id = await inTransaction(this.db.pool, async (client) => {
      const projectId = existing?.id ?? (await insertDraft(client, fields, viewer.userId));
      if (existing && !(await updateDraft(client, existing.id, fields))) {
        throw notDraft('SUBMITTED');
      }
      await replaceLocations(client, projectId, locations);
      await replaceProjectFiles(client, projectId, files);
      return projectId;
    });
    return this.find(viewer, id);
  }

  /** DRAFT → SUBMITTED, during SUBMISSION, once every field is complete. */
  async submit(viewer: Viewer, id: string) {
    const proposal = await this.find(viewer, id);
    if (proposal.status !== 'DRAFT') throw notDraft(proposal.status);
    await this.mayPropose(viewer, proposal.editionId, 'id');
    checkComplete(proposal);
    if (!(await moveStatus(this.db.pool, id, 'DRAFT', 'SUBMITTED'))) throw notDraft('SUBMITTED');
    return this.find(viewer, id);
  }

  /** SUBMITTED → DRAFT, before verification takes it up: no longer public. */
  async withdraw(viewer: Viewer, id: string) {
    const proposal = await this.find(viewer, id);
    if (
      proposal.status !== 'SUBMITTED' ||
      !(await moveStatus(this.db.pool, id, 'SUBMITTED', 'DRAFT'))
    ) {
      throw badInput(
        'id',
        `a ${proposal.status} project cannot be withdrawn; only a SUBMITTED one, before verification`,
        'PROPOSAL_NOT_WITHDRAWABLE',
        { status: proposal.status },
      );
    }
    return this.find(viewer, id);
  }

  /**
   * An invitation to co-author, for the invitee to accept from their account. No mail is sent:
   * the token comes back once, for the author to pass on; only its hash is kept.
   */
  async invite(viewer: Viewer, projectId: string, emailValue: string) {
    const proposal = await this.find(viewer, projectId, 'projectId');
    if (proposal.status !== 'DRAFT' && proposal.status !== 'SUBMITTED') {
      throw notDraft(proposal.status, 'projectId');
    }
    const email = normaliseEmail(emailValue, 'email');
    const { secret: token, secretHash } = newSecret();
    await inTransaction(this.db.pool, async (client) => {
      await client.query('SELECT 1 FROM budget_project WHERE id = $1 FOR UPDATE', [projectId]);
      if (await isInvitedOrAuthor(client, projectId, email)) {
        throw conflict(
          'This e-mail is invited, or an author, already.',
          'email',
          'PROPOSAL_COAUTHOR_ALREADY_INVITED',
        );
      }
      if ((await countCoauthors(client, projectId)) >= maxCoauthors) {
        throw badInput(
          'email',
          `at most ${maxCoauthors} co-authors`,
          'PROPOSAL_COAUTHORS_TOO_MANY',
          {
            max: maxCoauthors,
          },
        );
      }
      await insertInvitation(client, projectId, email, secretHash);
    });
    return { projectId, editionId: proposal.editionId, email, token };
  }

  /** The viewer becomes a co-author, if the invitation went to their account's e-mail. */
  async accept(viewer: Viewer, token: string) {
    const projectId = await inTransaction(this.db.pool, async (client) => {
      const invitation = await lockInvitation(client, hashSecret(token.trim()));
      if (!invitation) {
        throw notFound(
          'No pending invitation has this token.',
          'token',
          'PROPOSAL_INVITATION_UNKNOWN',
        );
      }
      if ((await selectUserEmail(client, viewer.userId)) !== invitation.email) {
        throw forbidden(
          'This invitation went to another e-mail than your account’s.',
          'token',
          'PROPOSAL_INVITATION_OTHER_EMAIL',
        );
      }
      await acceptInvitation(client, invitation.id, viewer.userId);
      return invitation.projectId;
    });
    return this.find(viewer, projectId);
  }

  private async mayPropose(viewer: Viewer, editionId: string, field: string) {
    const edition = await this.editions.findInPhase(editionId, 'SUBMISSION', field);
    if (proposalRefusal(viewer, edition)) {
      throw forbidden(
        'This edition takes proposals from verified residents only.',
        field,
        'PROPOSAL_VERIFICATION_REQUIRED',
      );
    }
    return edition;
  }

  private async checkFiles(viewer: Viewer, input: ProjectProposalInput, projectId?: string) {
    const kept = projectId ? await selectProjectFiles(this.db.pool, [projectId]) : [];
    const check = (kind: ProjectFileKind, ids: readonly string[]) => {
      const keptIds = kept.filter((file) => file.kind === kind).map((file) => file.id);
      return checkProjectFiles(this.files, viewer, kind, ids, keptIds);
    };
    return {
      IMAGE: await check('IMAGE', input.imageIds ?? []),
      ATTACHMENT: await check('ATTACHMENT', input.attachmentIds ?? []),
    };
  }

  private async parseLocations(values: unknown[]) {
    const out: Geometry[] = [];
    for (const [i, value] of values.entries()) {
      out.push(await parseLocation(this.db.pool, value, `input.locations[${i}]`, this.maxVertices));
    }
    return out;
  }
}

function notDraft(status: ProposalRow['status'], field = 'input.id') {
  return badInput(field, `a ${status} project is no longer a draft`, 'PROPOSAL_NOT_DRAFT', {
    status,
  });
}
