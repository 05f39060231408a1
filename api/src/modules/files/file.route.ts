import { type Request, type Response, Router } from 'express';
import {
  DomainError,
  forbidden,
  toGraphQLError,
  unauthenticated,
} from '../../errors/domain-error.js';
import { originAllowed } from '../../server/origin.js';
import { requireScope } from '../identity/access.js';
import type { RateLimits } from '../identity/rate-limits.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import { type FileService, fileUrl } from './file.service.js';
import type { FileRow } from './file.sql.js';
import { attachmentHeader } from './file-name.js';
import { tooLarge } from './file-receive.js';

type Needs = { files: FileService; sessions: SessionService; rateLimits: RateLimits };

const statusOf: Record<DomainError['code'], number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** What an upload answers: the file, with the path it is downloaded from. */
export const fileJson = (file: FileRow) => ({
  id: file.id,
  name: file.name,
  mediaType: file.mediaType,
  size: file.size,
  sha256: file.sha256,
  url: fileUrl(file),
  createdAt: file.createdAt.toISOString(),
});

/**
 * POST /files: one file as the raw request body, its name in X-File-Name (percent-encoded),
 * for planners and admins. GET /files/:id/:name: the file, as a download that is never run.
 */
export function fileRoutes(services: Needs): Router {
  const router = Router();
  router.post('/files', async (req, res) => {
    try {
      const viewer = await uploader(req, services);
      const declared = Number(req.headers['content-length']);
      const { maxUploadBytes } = services.files.settings;
      if (declared > maxUploadBytes) throw tooLarge(maxUploadBytes);
      const file = await services.files.upload(viewer, req.header('x-file-name'), req);
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .json({ file: fileJson(file) });
    } catch (error) {
      // A refusal before the body was read leaves it unread: this connection cannot be reused.
      if (!req.complete) res.set('Connection', 'close');
      refuse(res, error);
    }
  });
  router.get('/files/:id/:name', async (req, res) => {
    try {
      await services.rateLimits.consume('downloadFile', { address: req.ip ?? 'unknown' });
      const viewer = await requestViewer(req.headers, services.sessions);
      const { file, shared } = await services.files.findForDownload(viewer, String(req.params.id));
      const etag = `"${file.sha256}"`;
      res
        .set('ETag', etag)
        // A shared file's bytes never change under its id; a private one is asked for again, so
        // that its rules are checked each time.
        .set('Cache-Control', shared ? 'public, max-age=31536000, immutable' : 'private, no-cache')
        .set('Vary', 'Authorization, Cookie')
        .set('X-Content-Type-Options', 'nosniff')
        .set('Content-Security-Policy', "sandbox; default-src 'none'")
        .set('Content-Disposition', attachmentHeader(file.name));
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      const body = await services.files.read(file);
      res.set('Content-Type', file.mediaType).set('Content-Length', String(file.size));
      body.on('error', () => res.destroy());
      body.pipe(res);
    } catch (error) {
      refuse(res, error);
    }
  });
  return router;
}

async function uploader(req: Request, { files, sessions, rateLimits }: Needs) {
  await rateLimits.consume('uploadFile', { address: req.ip ?? 'unknown' });
  // A page of another site could post a file with the visitor's cookie; the X-File-Name header
  // already needs a CORS preflight, which this server never grants, and Origin is checked too.
  if (!originAllowed(req.headers, files.allowedOrigins)) {
    throw forbidden('Files are uploaded from this server’s own pages only.', 'origin');
  }
  const viewer = await requestViewer(req.headers, sessions);
  if (!viewer) throw unauthenticated();
  requireScope(viewer, 'WRITE');
  await rateLimits.consume('uploadFile', { account: viewer.userId });
  return viewer;
}

function refuse(res: Response, error: unknown) {
  if (!(error instanceof DomainError)) throw error;
  const status = error.reason === 'FILE_TOO_LARGE' ? 413 : statusOf[error.code];
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [toGraphQLError(error).toJSON()] });
}
