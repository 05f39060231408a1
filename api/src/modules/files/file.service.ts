import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import DataLoader from 'dataloader';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { isAdmin, managesUnit, type Viewer } from '../identity/viewer.js';
import { type FileRow, insertFile, selectFile, selectFiles, selectFileUses } from './file.sql.js';
import { readFileName } from './file-name.js';
import { receiveFile } from './file-receive.js';
import type { FileStore } from './file-store.js';
import { recogniseType } from './file-type.js';
import { readZipEntries } from './zip-entries.js';

/** A file as downloaded: `shared` when anyone may have it (e.g. a document of a public consultation). */
export type Download = { file: FileRow; shared: boolean };

/** Uploaded files: received, recognised, kept in the store, and served by the rules of their use. */
export class FileService {
  private readonly spoolDir: string;

  constructor(
    private readonly db: Database,
    private readonly store: FileStore,
    readonly settings: Config['files'],
    /** Origins besides the server's own whose pages may upload. */
    readonly allowedOrigins: readonly string[],
  ) {
    this.spoolDir = join(settings.dir, 'incoming');
  }

  /**
   * Receives a file from `source` (the request body), named by the X-File-Name header: its
   * size held to the limit while it streams, its type by content and extension. Nothing is
   * kept of a refused file.
   */
  async upload(viewer: Viewer, nameHeader: string | undefined, source: Readable) {
    const name = readFileName(nameHeader);
    const received = await receiveFile(source, this.spoolDir, this.settings.maxUploadBytes);
    try {
      const mediaType = await recogniseType(name, {
        head: received.head,
        zipEntries: () => readZipEntries(received.path),
      });
      const storageKey = randomUUID();
      await this.store.keep(storageKey, { path: received.path, size: received.size, mediaType });
      const { size, sha256 } = received;
      const row = { name, mediaType, size, sha256, storageKey, uploadedById: viewer.userId };
      return await insertFile(this.db.pool, row).catch(async (error: unknown) => {
        await this.store.remove(storageKey);
        throw error;
      });
    } finally {
      await rm(received.path, { force: true });
    }
  }

  /**
   * A file for download: anyone's once one of its uses is public (a document of a consultation
   * past DRAFT, a delivery photo); else only for those who manage a use or are its readers (a
   * draft project's authors), its uploader and admins.
   */
  async findForDownload(viewer: Viewer | null, id: string): Promise<Download> {
    const file = isUuid(id) ? await selectFile(this.db.pool, id) : null;
    if (!file) throw notFound(`No file has id "${id}".`, 'id');
    const uses = await selectFileUses(this.db.pool, id);
    if (uses.some((use) => use.public)) return { file, shared: true };
    const mayHave =
      uses.some((use) => managesUnit(viewer, use.unitId) || readsUse(viewer, use.readerIds)) ||
      this.isOwnOrAdmin(viewer, file);
    if (!mayHave) throw notFound(`No file has id "${id}".`, 'id');
    return { file, shared: false };
  }

  /** A file the viewer uploaded (or any, for an admin), to attach or import; else NOT_FOUND. */
  async findOwn(viewer: Viewer, id: string, field: string): Promise<FileRow> {
    const file = isUuid(id) ? await selectFile(this.db.pool, id) : null;
    if (!file || !this.isOwnOrAdmin(viewer, file)) {
      throw notFound(`No file of yours has id "${id}".`, field);
    }
    return file;
  }

  /** Per-request loaders: files by id, as the API shows them. */
  loaders() {
    return {
      uploadedFile: new DataLoader(async (ids: readonly string[]) => {
        const rows = await selectFiles(this.db.pool, ids);
        return ids.map((id) => {
          const row = rows.find((r) => r.id === id);
          return row ? { ...row, url: fileUrl(row) } : null;
        });
      }),
    };
  }

  read(file: FileRow): Promise<Readable> {
    return this.store.read(file.storageKey);
  }

  /** The text of a GeoJSON file the viewer uploaded, e.g. a plan to import. */
  async readGeoJson(viewer: Viewer, id: string, field: string): Promise<string> {
    const file = await this.findOwn(viewer, id, field);
    if (file.mediaType !== 'application/geo+json') {
      const problem = `is ${file.mediaType}, not a GeoJSON file`;
      throw badInput(field, problem, 'FILE_TYPE_NOT_ALLOWED', { allowed: 'geojson, json' });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(file)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  private isOwnOrAdmin(viewer: Viewer | null, file: FileRow) {
    return isAdmin(viewer) || (viewer !== null && viewer.userId === file.uploadedById);
  }
}

const readsUse = (viewer: Viewer | null, readerIds: readonly string[]) =>
  viewer !== null && readerIds.includes(viewer.userId);

/** The path a file is downloaded from; the name is for the person saving it. */
export const fileUrl = (file: Pick<FileRow, 'id' | 'name'>) =>
  `/files/${file.id}/${encodeURIComponent(file.name)}`;
