import { badInput } from '../../errors/domain-error.js';
import { checkTexts } from '../../graphql/text-guard.js';
import type { FileService } from '../files/file.service.js';
import type { Viewer } from '../identity/viewer.js';

/** The longest plan file taken as text or as an upload: the staff's request body limit. */
export const maxPlanText = 32 * 1024 * 1024;

/** Where a plan's zones come from: one of GeoJSON in the request, an uploaded file, or text. */
export type PlanSource = { features?: unknown; fileId?: string | null; text?: string | null };

/**
 * The FeatureCollection a plan import or preview reads: given as GeoJSON, as the text of a
 * file, or as a GeoJSON file uploaded to POST /files by the viewer. A file's texts get the
 * checks every request's texts get (no control characters, no bidirectional overrides).
 */
export async function readPlanSource(
  files: FileService | null,
  importer: Viewer | 'system',
  source: PlanSource,
): Promise<unknown> {
  const given = [source.features, source.fileId, source.text].filter((s) => s != null);
  if (given.length !== 1) {
    const problem = 'give the zones once: as features, as an uploaded file (fileId) or as text';
    throw badInput('input.features', problem, 'PLAN_SOURCE_REQUIRED');
  }
  if (source.features != null) return source.features;
  if (source.text != null) return parseJson(source.text, 'input.text');
  if (importer === 'system' || !files) {
    throw badInput('input.fileId', 'is for signed-in planners; give features');
  }
  const text = await files.readGeoJson(importer, source.fileId as string, 'input.fileId');
  const features = parseJson(text, 'input.fileId');
  checkTexts(features, 'input.fileId', maxPlanText);
  return features;
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw badInput(field, `is not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}
