import { badInput } from '../../errors/domain-error.js';
import { characterCount } from '../../graphql/text-argument.js';

export const maxFileNameLength = 200;

// Controls, bidirectional overrides (which make "gpj.exe" read "exe.jpg") and what Windows
// or a Content-Disposition header cannot carry.
const notTaken = /[\p{Cc}\p{Cf}<>:"/\\|?*]/u;

/**
 * A file's name as sent in the X-File-Name header: percent-encoded UTF-8, as
 * encodeURIComponent writes it, since a header carries Latin-1 only. A browser's path
 * ("C:\\fakepath\\…") is dropped; the rest is refused, not rewritten, if it has a character
 * not taken, no extension, or more than 200 characters. Returns the name, NFC-normalised.
 */
export function readFileName(header: string | undefined, field = 'X-File-Name'): string {
  if (header === undefined || header.trim() === '') {
    throw badInput(field, 'is needed: the file name, percent-encoded', 'FILE_NAME_INVALID');
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    throw badInput(field, 'is not percent-encoded UTF-8', 'FILE_NAME_INVALID');
  }
  const name = (decoded.split(/[/\\]/).pop() ?? '').trim().normalize('NFC');
  if (notTaken.test(name)) {
    throw badInput(field, 'has a control or reserved character', 'FILE_NAME_INVALID');
  }
  if (!/^[^.].*\.[\p{L}\p{N}]{1,10}$/u.test(name)) {
    throw badInput(field, 'needs a name and an extension, e.g. plan.pdf', 'FILE_NAME_INVALID');
  }
  if (characterCount(name) > maxFileNameLength) {
    const problem = `must be at most ${maxFileNameLength} characters`;
    throw badInput(field, problem, 'FILE_NAME_INVALID', { max: maxFileNameLength });
  }
  return name;
}

/** The extension, lower case, without the dot. */
export const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/**
 * Content-Disposition for a download (RFC 6266): an ASCII fallback name for old clients, and
 * the real one in `filename*` (RFC 5987).
 */
export function attachmentHeader(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
