import type { NextFunction, Request, Response } from 'express';

/** Answers an oversized or unparsable body as GraphQL errors rather than an HTML page. */
export function payloadTooLarge(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const status = (error as { status?: number }).status;
  if (status === 413) {
    res.status(413).json({
      errors: [
        {
          message: 'The request body is larger than 32 MB.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  if (status === 400) {
    res.status(400).json({
      errors: [
        {
          message: `The request body is not valid JSON: ${(error as Error).message}`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    return;
  }
  next(error);
}
