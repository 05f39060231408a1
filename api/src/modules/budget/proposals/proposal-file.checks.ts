import { badInput } from '../../../errors/domain-error.js';
import type { FileService } from '../../files/file.service.js';
import { fileTypes } from '../../files/file-type.js';
import type { Viewer } from '../../identity/viewer.js';
import type { ProjectFileKind } from './proposal-file.sql.js';

export const maxFilesOfKind = 10;

const imageTypes = ['image/png', 'image/jpeg', 'image/webp'];
const documentTypes = [
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const accepted = {
  IMAGE: { field: 'input.imageIds', mediaTypes: imageTypes },
  ATTACHMENT: { field: 'input.attachmentIds', mediaTypes: documentTypes },
} as const;

const extensionsOf = (mediaTypes: readonly string[]) =>
  fileTypes
    .filter((type) => mediaTypes.includes(type.mediaType))
    .flatMap((type) => type.extensions)
    .join(', ');

/**
 * The ids of a kind of the project's files, once each, in order: uploads of the viewer's own
 * of an accepted type, or files the project has already (`kept`: a co-author's uploads).
 */
export async function checkProjectFiles(
  files: FileService,
  viewer: Viewer,
  kind: ProjectFileKind,
  fileIds: readonly string[],
  kept: readonly string[],
) {
  const { field, mediaTypes } = accepted[kind];
  const ids = [...new Set(fileIds.map((id) => id.toLowerCase()))];
  if (ids.length > maxFilesOfKind) {
    throw badInput(field, `at most ${maxFilesOfKind} files`, 'PROPOSAL_LIST_TOO_LONG', {
      max: maxFilesOfKind,
    });
  }
  for (const [i, id] of ids.entries()) {
    if (kept.includes(id)) continue;
    const file = await files.findOwn(viewer, id, `${field}[${i}]`);
    if (!mediaTypes.includes(file.mediaType)) {
      throw badInput(`${field}[${i}]`, `is ${file.mediaType}`, 'FILE_TYPE_NOT_ALLOWED', {
        allowed: extensionsOf(mediaTypes),
      });
    }
  }
  return ids;
}
