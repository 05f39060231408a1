import { Router } from 'express';
import type { Services } from '../../context.js';
import { exportRoutes } from '../exports/export.route.js';
import { reportRoute } from './report.route.js';

/** A consultation's files outside GraphQL: the printable report and the comment exports. */
export function consultationFiles(services: Services): Router {
  return Router().use(reportRoute(services), exportRoutes(services));
}
