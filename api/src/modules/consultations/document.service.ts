import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { checkLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import { type FileService, fileUrl } from '../files/file.service.js';
import type { Viewer } from '../identity/viewer.js';
import { checkUrl, type DocumentInput } from './consultation.input.js';
import type { ConsultationService } from './consultation.service.js';
import { deleteDocument, insertDocument, selectDocument } from './document.sql.js';

/** The documents of a consultation, links or uploaded files, managed by its unit's planners. */
export class DocumentService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
    private readonly files: FileService,
  ) {}

  /** Adds a document, audited as `document.add`. */
  async add(viewer: Viewer, consultationId: string, input: DocumentInput) {
    await this.consultations.findManaged(viewer, consultationId, 'consultationId');
    const title = checkLength(input.title, 'input.title', 1, 200);
    const source = await this.checkSource(viewer, input);
    return inTransaction(this.db.pool, async (client) => {
      const row = await insertDocument(client, {
        consultationId,
        title,
        kind: input.kind,
        url: source.url,
        fileId: source.file?.id ?? null,
      });
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'document.add',
        targetType: 'Consultation',
        targetId: consultationId,
        after: { id: row.id, title, kind: row.kind, url: row.url, file: source.file },
      });
      return { ...row, url: row.url ?? (source.file ? fileUrl(source.file) : '') };
    });
  }

  /** Removes a document, audited as `document.remove`; an uploaded file itself is kept. */
  async remove(viewer: Viewer, id: string) {
    const document = isUuid(id) ? await selectDocument(this.db.pool, id) : null;
    if (!document) throw notFound(`No document has id "${id}".`, 'id');
    const consultation = await this.consultations.findManaged(viewer, document.consultationId);
    await inTransaction(this.db.pool, async (client) => {
      await deleteDocument(client, id);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'document.remove',
        targetType: 'Consultation',
        targetId: consultation.id,
        before: document,
      });
    });
    return consultation;
  }

  private async checkSource(viewer: Viewer, input: DocumentInput) {
    const { url, fileId } = input;
    if ((url == null) === (fileId == null)) {
      const problem = 'give a link (url) or an uploaded file (fileId), one of the two';
      throw badInput('input.url', problem, 'DOCUMENT_SOURCE_REQUIRED');
    }
    if (url != null) return { url: checkUrl(url, 'input.url'), file: null };
    const file = await this.files.findOwn(viewer, fileId as string, 'input.fileId');
    return { url: null, file: { id: file.id, name: file.name, mediaType: file.mediaType } };
  }
}
