import { type Request, type Response, Router } from 'express';
import { badInput, DomainError } from '../../../errors/domain-error.js';
import type { RateLimits } from '../../identity/rate-limits.js';
import { statisticsCsv } from './statistics.csv.js';
import type { StatisticsService } from './statistics.service.js';

const statusOf: Partial<Record<DomainError['code'], number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

function excelAsked(req: Request) {
  const format = req.query.format;
  if (format === undefined) return false;
  if (format === 'excel') return true;
  throw badInput('format', 'must be excel, or left out', 'INPUT_INVALID');
}

/**
 * GET /budget/:editionId/statistics.csv: the edition's participation statistics, public once
 * VOTING has ended; `?format=excel` for a Polish Excel.
 */
export function statisticsRoutes(services: {
  budget: { statistics: StatisticsService };
  rateLimits: RateLimits;
}): Router {
  const router = Router();
  router.get('/budget/:editionId/statistics.csv', async (req: Request, res: Response) => {
    const editionId = String(req.params.editionId);
    try {
      await services.rateLimits.consume('exportBudgetStatistics', { address: req.ip ?? 'unknown' });
      const excel = excelAsked(req);
      const statistics = await services.budget.statistics.statistics(editionId);
      const name = `budzet-${editionId}-statystyki${excel ? '-excel' : ''}.csv`;
      res
        .set('Cache-Control', 'public, max-age=60')
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .type('text/csv; charset=utf-8')
        .send(statisticsCsv(statistics, excel));
    } catch (error) {
      const status = error instanceof DomainError ? statusOf[error.code] : undefined;
      if (!status) throw error;
      res
        .status(status)
        .type('text/plain; charset=utf-8')
        .send(`${(error as Error).message}\n`);
    }
  });
  return router;
}
