import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { sql } from '../../db/sql.js';
import {
  type ProjectRow,
  columns as projectColumns,
  from as projectFrom,
  toProject,
} from '../budget/projects/project.sql.js';
import type { ConsultationRow } from '../consultations/consultation.sql.js';
import { selectCommentsByIds, selectReplies, selectVersions } from './comment.sql.js';
import { countOpenReports } from './moderation.sql.js';
import { selectSupportTotals } from './support.sql.js';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

const consultationFields = {
  id: true,
  title: true,
  summary: true,
  description: true,
  unitId: true,
  status: true,
  opensAt: true,
  closesAt: true,
  reportPublishedAt: true,
  createdAt: true,
} as const;

/** Per-request loaders for what a page of comments shows beside the comments themselves. */
export function commentLoaders(db: Database) {
  return {
    commentById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await selectCommentsByIds(db.pool, ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commentReplies: new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await selectReplies(db.pool, ids), (r) => r.parentId ?? ''),
    ),
    /** Support count and the viewer's own support; keys carry the viewer (null: a visitor). */
    commentSupport: new DataLoader(
      async (keys: readonly { commentId: string; userId: string | null }[]) => {
        const totals = new Map<string | null, Awaited<ReturnType<typeof selectSupportTotals>>>();
        for (const userId of new Set(keys.map((k) => k.userId))) {
          const ids = keys.filter((k) => k.userId === userId).map((k) => k.commentId);
          totals.set(userId, await selectSupportTotals(db.pool, ids, userId));
        }
        return keys.map((k) => {
          const total = totals.get(k.userId)?.get(k.commentId);
          return { count: total?.count ?? 0, mine: total?.mine ?? false };
        });
      },
      { cacheKeyFn: (k) => `${k.commentId}@${k.userId}` },
    ),
    commentTopic: new DataLoader(async (ids: readonly string[]) => {
      const topics = await db.prisma.consultationTopic.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true },
      });
      const byId = new Map(topics.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commentVersions: new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await selectVersions(db.pool, ids), (v) => v.commentId),
    ),
    commentReportCount: new DataLoader(async (ids: readonly string[]) => {
      const counts = await countOpenReports(db.pool, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    commentProject: new DataLoader(async (ids: readonly string[]) => {
      const { rows } = await db.pool.query<ProjectRow>(
        sql`SELECT ${projectColumns} FROM ${projectFrom} WHERE p.id = ANY(${ids}::uuid[])`,
      );
      const byId = new Map(rows.map((row) => [row.id, toProject(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commentConsultation: new DataLoader(async (ids: readonly string[]) => {
      const rows: ConsultationRow[] = await db.prisma.consultation.findMany({
        where: { id: { in: [...ids] } },
        select: consultationFields,
      });
      const byId = new Map(rows.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
