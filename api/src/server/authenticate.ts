import express, { type RequestHandler, type Response } from 'express';
import type { Config } from '../config.js';
import type { Services } from '../context.js';
import { readCredentials } from '../modules/identity/request-credentials.js';
import type { Authentication } from '../modules/identity/session.service.js';
import { isAdmin } from '../modules/identity/viewer.js';

/** Signs the request in before its body is read, so that the body's limit can follow the viewer. */
export function authenticate(services: Pick<Services, 'sessions'>): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.authentication = await services.sessions.authenticate(
        readCredentials(req.headers),
      );
      next();
    } catch (error) {
      next(error);
    }
  };
}

export const authenticationOf = (res: Response): Authentication =>
  res.locals.authentication ?? { viewer: null };

/** JSON bodies: small for anyone, large for planners and admins, who import plans and budgets. */
export function jsonBody(limits: Config['bodyLimit']): RequestHandler {
  const anyone = express.json({ limit: limits.anyone });
  const staff = express.json({ limit: limits.staff });
  return (req, res, next) => {
    const viewer = authenticationOf(res).viewer;
    const isStaff = viewer !== null && (isAdmin(viewer) || viewer.plannerUnitIds.size > 0);
    (isStaff ? staff : anyone)(req, res, next);
  };
}
