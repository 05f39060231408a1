import { Router } from 'express';
import { DomainError } from '../../errors/domain-error.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import { managesUnit } from '../identity/viewer.js';
import { reportPage } from './report.html.js';
import { notFoundPage } from './report.page.js';
import type { ReportService } from './report.service.js';

/**
 * GET /consultations/:id/report: the printable report. Public once published; the organiser
 * also sees the draft and formal remarks' authors, so their copy is never cached.
 */
export function reportRoute(services: {
  reports: ReportService;
  sessions: SessionService;
}): Router {
  return Router().get('/consultations/:id/report', async (req, res) => {
    const viewer = await requestViewer(req.headers, services.sessions);
    try {
      const report = await services.reports.report(viewer, req.params.id, 'id');
      const organiser = managesUnit(viewer, report.consultation.unitId);
      res
        .set('Cache-Control', organiser ? 'private, no-store' : 'public, max-age=60')
        .set('Vary', 'Authorization, Cookie')
        .type('html')
        .send(reportPage(report, organiser));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      res.status(404).type('html').send(notFoundPage());
    }
  });
}
