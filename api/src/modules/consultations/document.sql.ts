import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';
import type { DocumentKind } from '../../generated/prisma/enums.js';

export type DocumentRow = {
  id: string;
  consultationId: string;
  title: string;
  url: string | null;
  fileId: string | null;
  kind: DocumentKind;
  createdAt: Date;
};

const columns = sql`id, consultation_id AS "consultationId", title, url, file_id AS "fileId", kind,
  created_at AS "createdAt"`;

export type NewDocument = Omit<DocumentRow, 'id' | 'createdAt'>;

export async function insertDocument(client: Queryable, d: NewDocument) {
  const { rows } = await client.query<DocumentRow>(
    sql`INSERT INTO consultation_document (consultation_id, title, url, file_id, kind)
        VALUES (${d.consultationId}, ${d.title}, ${d.url}, ${d.fileId}, ${d.kind}::document_kind)
        RETURNING ${columns}`,
  );
  return rows[0] as DocumentRow;
}

export async function selectDocument(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<DocumentRow>(
    sql`SELECT ${columns} FROM consultation_document WHERE id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function deleteDocument(client: Queryable, id: string) {
  await client.query(sql`DELETE FROM consultation_document WHERE id = ${id}`);
}
