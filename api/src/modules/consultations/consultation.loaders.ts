import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { simplifiedGeometryLoader } from '../../geo/simplified-geometry.js';
import { fileUrl } from '../files/file.service.js';
import { selectAreas } from './consultation.sql.js';
import { selectMeetingPlaces } from './meeting.sql.js';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) {
  return keys.map((key) => rows.filter((row) => keyOf(row) === key));
}

/** Per-request loaders for what a consultation page shows beside the consultation itself. */
export function consultationLoaders(db: Database) {
  return {
    consultationArea: simplifiedGeometryLoader((ids, tolerance) =>
      selectAreas(db.pool, ids, tolerance),
    ),
    topics: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.consultationTopic.findMany({
        where: { consultationId: { in: [...ids] } },
        orderBy: { name: 'asc' },
      });
      return groupBy(ids, rows, (r) => r.consultationId);
    }),
    documents: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.consultationDocument.findMany({
        where: { consultationId: { in: [...ids] } },
        include: { file: { select: { id: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      });
      const documents = rows.map(({ file, ...row }) => ({
        ...row,
        url: row.url ?? (file ? fileUrl(file) : ''),
      }));
      return groupBy(ids, documents, (r) => r.consultationId);
    }),
    meetings: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.meeting.findMany({
        where: { consultationId: { in: [...ids] } },
        orderBy: { startsAt: 'asc' },
      });
      return groupBy(ids, rows, (r) => r.consultationId);
    }),
    meetingPlace: new DataLoader(async (ids: readonly string[]) => {
      const rows = await selectMeetingPlaces(db.pool, ids);
      return ids.map((id) => rows.find((r) => r.id === id)?.place ?? null);
    }),
    coordinators: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.consultationCoordinator.findMany({
        where: { consultationId: { in: [...ids] } },
        include: { user: true },
      });
      return groupBy(ids, rows, (r) => r.consultationId).map((group) => group.map((r) => r.user));
    }),
    unit: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.organisationUnit.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
