import type { NextFunction, Request, Response } from 'express';
import type { ErrorReason } from '../errors/domain-error.js';

type BodyError = { status?: number; type?: string; limit?: number; message: string };

/** Answers an oversized or unparsable body as GraphQL errors rather than an HTML page. */
export function payloadTooLarge(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const { status, limit, message } = error as BodyError;
  if (status === 413) {
    const reason: ErrorReason = 'REQUEST_TOO_LARGE';
    const maxBytes = limit ?? 0;
    res.status(413).json({
      errors: [
        {
          message: `The request body is larger than ${Math.round(maxBytes / 1024)} kB.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', reason, params: { maxBytes } },
        },
      ],
    });
    return;
  }
  if (status === 400) {
    const reason: ErrorReason = 'REQUEST_INVALID';
    res.status(400).json({
      errors: [
        {
          message: `The request body is not valid JSON: ${message}`,
          extensions: { code: 'BAD_REQUEST', reason },
        },
      ],
    });
    return;
  }
  next(error);
}
