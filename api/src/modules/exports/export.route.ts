import { type Request, type Response, Router } from 'express';
import { badInput, DomainError } from '../../errors/domain-error.js';
import type { RateLimits } from '../identity/rate-limits.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import type { ExportColumn } from './export.columns.js';
import { toCsv } from './export.csv.js';
import { toFeatureCollection } from './export.geojson.js';
import type { ExportService } from './export.service.js';
import type { ExportRow } from './export.sql.js';

type Render = (columns: ExportColumn[], rows: ExportRow[], excel: boolean) => string;

const formats: Record<'csv' | 'geojson', { type: string; render: Render }> = {
  csv: { type: 'text/csv; charset=utf-8', render: toCsv },
  geojson: {
    type: 'application/geo+json; charset=utf-8',
    render: (columns, rows) => JSON.stringify(toFeatureCollection(columns, rows)),
  },
};

const statusOf: Partial<Record<DomainError['code'], number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/** `?format=excel` asks the CSV in the Polish-Excel form; nothing else is taken. */
function excelAsked(req: Request, extension: string) {
  const format = req.query.format;
  if (format === undefined) return false;
  if (extension === 'csv' && format === 'excel') return true;
  const allowed = extension === 'csv' ? 'excel, or left out' : 'left out';
  throw badInput('format', `must be ${allowed}`, 'INPUT_INVALID');
}

/**
 * GET /consultations/:id/comments.csv and .geojson: the public export, or the complete one when
 * the request is signed in as a planner of the organising unit or an admin. The CSV comes in
 * the Polish-Excel form with `?format=excel`: semicolons, Polish headers and words, Warsaw time.
 */
export function exportRoutes(services: {
  exports: ExportService;
  sessions: SessionService;
  rateLimits: RateLimits;
}): Router {
  const router = Router();
  for (const [extension, format] of Object.entries(formats)) {
    router.get(`/consultations/:id/comments.${extension}`, async (req: Request, res: Response) => {
      const id = String(req.params.id);
      try {
        await services.rateLimits.consume('exportRemarks', { address: req.ip ?? 'unknown' });
        const excel = excelAsked(req, extension);
        const viewer = await requestViewer(req.headers, services.sessions);
        const { complete, columns, rows } = await services.exports.remarks(viewer, id);
        const form = `${complete ? '-pelne' : ''}${excel ? '-excel' : ''}`;
        const name = `konsultacje-${id}-uwagi${form}.${extension}`;
        res
          .set('Cache-Control', complete ? 'private, no-store' : 'public, max-age=60')
          .set('Vary', 'Authorization, Cookie')
          .set('Content-Disposition', `attachment; filename="${name}"`)
          .type(format.type)
          .send(format.render(columns, rows, excel));
      } catch (error) {
        const status = error instanceof DomainError ? statusOf[error.code] : undefined;
        if (!status) throw error;
        res
          .status(status)
          .type('text/plain; charset=utf-8')
          .send(`${(error as Error).message}\n`);
      }
    });
  }
  return router;
}
