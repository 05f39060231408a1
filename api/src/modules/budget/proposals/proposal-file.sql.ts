import { type Queryable, sql } from '../../../db/sql.js';
import type { FileRow } from '../../files/file.sql.js';

export type ProjectFileKind = 'IMAGE' | 'ATTACHMENT';

export type ProjectFileRow = Omit<FileRow, 'storageKey' | 'uploadedById'> & {
  projectId: string;
  kind: ProjectFileKind;
};

/** A file of a project as the API shows it. */
export type ProjectFile = ProjectFileRow & { url: string };

/** The images and attachments of these projects, each kind in its order. */
export async function selectProjectFiles(db: Queryable, projectIds: readonly string[]) {
  const { rows } = await db.query<ProjectFileRow>(
    sql`SELECT pf.project_id AS "projectId", pf.kind, f.id, f.name, f.media_type AS "mediaType",
          f.size_bytes::float8 AS size, f.sha256, f.created_at AS "createdAt"
        FROM budget_project_file pf JOIN stored_file f ON f.id = pf.file_id
        WHERE pf.project_id = ANY(${projectIds}::uuid[])
        ORDER BY pf.project_id, pf.kind, pf.position`,
  );
  return rows;
}

/** The project's files become these, each kind in the given order. */
export async function replaceProjectFiles(
  client: Queryable,
  projectId: string,
  files: Record<ProjectFileKind, readonly string[]>,
) {
  await client.query(sql`DELETE FROM budget_project_file WHERE project_id = ${projectId}`);
  for (const kind of ['IMAGE', 'ATTACHMENT'] as const) {
    for (const [position, fileId] of files[kind].entries()) {
      await client.query(
        sql`INSERT INTO budget_project_file (project_id, file_id, kind, position)
            VALUES (${projectId}, ${fileId}, ${kind}::budget_project_file_kind, ${position})`,
      );
    }
  }
}
