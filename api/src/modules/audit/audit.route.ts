import { type Request, type Response, Router } from 'express';
import { badInput, DomainError } from '../../errors/domain-error.js';
import type { RateLimits } from '../identity/rate-limits.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import { isAdmin } from '../identity/viewer.js';
import { auditCsv } from './audit.csv.js';
import { type AuditFilter, type AuditService, maxExportRows } from './audit.service.js';

const statusOf: Partial<Record<DomainError['code'], number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

const param = (req: Request, name: string) => {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(name, 'must be given once');
  return value;
};

function dateParam(req: Request, name: string) {
  const value = param(req, name);
  if (value === null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(name, 'is not an ISO 8601 date-time');
  return date;
}

/** The GraphQL filter's fields as query parameters; `actor` is an id or an e-mail. */
function filterOf(req: Request): AuditFilter {
  const actor = param(req, 'actor');
  const byEmail = actor?.includes('@') ?? false;
  return {
    actorId: byEmail ? null : actor,
    actorEmail: byEmail ? actor : null,
    action: param(req, 'action'),
    targetType: param(req, 'targetType'),
    targetId: param(req, 'targetId'),
    since: dateParam(req, 'since'),
    until: dateParam(req, 'until'),
  };
}

function formatOf(req: Request) {
  const format = param(req, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'excel') throw badInput('format', 'must be csv or excel');
  return format;
}

/**
 * GET /audit.csv?actor=&action=&targetType=&targetId=&since=&until=&format=excel: the audit log
 * for admins, filtered as `auditLog`, the newest `maxExportRows` events.
 */
export function auditRoutes(services: {
  audit: AuditService;
  sessions: SessionService;
  rateLimits: RateLimits;
}): Router {
  const router = Router();
  router.get('/audit.csv', async (req: Request, res: Response) => {
    try {
      const viewer = await requestViewer(req.headers, services.sessions);
      if (!viewer) throw new DomainError('SIGN_IN_REQUIRED', 'Sign in as an admin.');
      if (!isAdmin(viewer)) throw new DomainError('ROLE_REQUIRED', 'Admins only.');
      await services.rateLimits.consume('exportAuditLog', {
        account: viewer.userId,
        address: req.ip ?? 'unknown',
      });
      const format = formatOf(req);
      const rows = await services.audit.exportRows(filterOf(req));
      const truncated = rows.length > maxExportRows;
      res
        .set('Cache-Control', 'private, no-store')
        .set(
          'Content-Disposition',
          `attachment; filename="plac-audyt${format === 'excel' ? '-excel' : ''}.csv"`,
        )
        .set('X-Plac-Truncated', String(truncated))
        .type('text/csv; charset=utf-8')
        .send(auditCsv(rows.slice(0, maxExportRows), format === 'excel'));
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
