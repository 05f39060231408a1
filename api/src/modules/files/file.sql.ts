import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';

export type FileRow = {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedById: string | null;
  createdAt: Date;
};

const columns = sql`id, name, media_type AS "mediaType", size_bytes::float8 AS size, sha256,
  storage_key AS "storageKey", uploaded_by_id AS "uploadedById", created_at AS "createdAt"`;

export type NewFile = Omit<FileRow, 'id' | 'createdAt'>;

export async function insertFile(client: Queryable, f: NewFile) {
  const { rows } = await client.query<FileRow>(
    sql`INSERT INTO stored_file (name, media_type, size_bytes, sha256, storage_key, uploaded_by_id)
        VALUES (${f.name}, ${f.mediaType}, ${f.size}, ${f.sha256}, ${f.storageKey}, ${f.uploadedById})
        RETURNING ${columns}`,
  );
  return rows[0] as FileRow;
}

export async function selectFile(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<FileRow>(
    sql`SELECT ${columns} FROM stored_file WHERE id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function selectFiles(pool: pg.Pool, ids: readonly string[]) {
  const { rows } = await pool.query<FileRow>(
    sql`SELECT ${columns} FROM stored_file WHERE id = ANY(${ids}::uuid[])`,
  );
  return rows;
}

/**
 * The uses of a file, each public or not with the unit managing it and the users who may read
 * it besides: documents of consultations (public past DRAFT), photos of delivery updates
 * (funded projects are public), attachments of budget appeals (for the office of the
 * project's pool only) and images and attachments of budget projects (public past DRAFT; a
 * draft's for its authors too).
 */
export async function selectFileUses(pool: pg.Pool, fileId: string) {
  const { rows } = await pool.query<{ public: boolean; unitId: string; readerIds: string[] }>(
    sql`SELECT c.status <> 'DRAFT' AS public, c.unit_id AS "unitId", '{}'::text[] AS "readerIds"
        FROM consultation_document d JOIN consultation c ON c.id = d.consultation_id
        WHERE d.file_id = ${fileId}
        UNION ALL
        SELECT true, pl.unit_id, '{}'::text[]
        FROM budget_delivery_photo ph
        JOIN budget_delivery_update u ON u.id = ph.update_id
        JOIN budget_project p ON p.id = u.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE ph.file_id = ${fileId}
        UNION ALL
        SELECT false, pl.unit_id, '{}'::text[]
        FROM budget_appeal_file af
        JOIN budget_project_appeal a ON a.id = af.appeal_id
        JOIN budget_project p ON p.id = a.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE af.file_id = ${fileId}
        UNION ALL
        SELECT p.status <> 'DRAFT', pl.unit_id,
          ARRAY(SELECT au.user_id::text FROM budget_project_author au
                WHERE au.project_id = p.id AND au.user_id IS NOT NULL)
        FROM budget_project_file pf
        JOIN budget_project p ON p.id = pf.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE pf.file_id = ${fileId}`,
  );
  return rows;
}
