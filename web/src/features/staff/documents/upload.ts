import { CombinedError } from 'urql';

/** The accepted document types (the API checks the content too). */
export const documentExtensions = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'webp',
  'odt',
  'ods',
  'docx',
  'xlsx',
];

export type UploadedFile = { id: string; name: string; size: number; url: string };
export type UploadResult = { file: UploadedFile } | { error: CombinedError };

/** A refusal of POST /files as the GraphQL client words one: `{ errors: [{ extensions }] }`. */
export function uploadAnswer(status: number, body: unknown): UploadResult {
  const answer = (body ?? {}) as { file?: UploadedFile; errors?: { message: string }[] };
  if (status >= 200 && status < 300 && answer.file) return { file: answer.file };
  if (Array.isArray(answer.errors) && answer.errors.length > 0) {
    return { error: new CombinedError({ graphQLErrors: answer.errors }) };
  }
  return { error: new CombinedError({ networkError: new Error(`upload failed: ${status}`) }) };
}

/**
 * Sends a file to POST /files as the raw body (its name percent-encoded in X-File-Name),
 * reporting the share sent so far from 0 to 1. XMLHttpRequest, as fetch reports no upload
 * progress.
 */
export function uploadFile(file: File, onProgress: (share: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/files');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(uploadAnswer(request.status, request.response));
    request.onerror = () =>
      resolve({ error: new CombinedError({ networkError: new Error('upload failed') }) });
    request.send(file);
  });
}
