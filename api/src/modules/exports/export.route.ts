import { type Request, type Response, Router } from 'express';
import { DomainError } from '../../errors/domain-error.js';
import type { RateLimits } from '../identity/rate-limits.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import { toCsv } from './export.csv.js';
import { toFeatureCollection } from './export.geojson.js';
import type { ExportService } from './export.service.js';

const formats = {
  csv: { type: 'text/csv; charset=utf-8', render: toCsv },
  geojson: {
    type: 'application/geo+json; charset=utf-8',
    render: (...args: Parameters<typeof toFeatureCollection>) =>
      JSON.stringify(toFeatureCollection(...args)),
  },
} as const;

const statusOf: Partial<Record<DomainError['code'], number>> = {
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/**
 * GET /consultations/:id/comments.csv and .geojson: the public export, or the complete one when
 * the request is signed in as a planner of the organising unit or an admin.
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
        const viewer = await requestViewer(req.headers, services.sessions);
        const { complete, columns, rows } = await services.exports.remarks(viewer, id);
        const name = `konsultacje-${id}-uwagi${complete ? '-pelne' : ''}.${extension}`;
        res
          .set('Cache-Control', complete ? 'private, no-store' : 'public, max-age=60')
          .set('Vary', 'Authorization, Cookie')
          .set('Content-Disposition', `attachment; filename="${name}"`)
          .type(format.type)
          .send(format.render(columns, rows));
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
