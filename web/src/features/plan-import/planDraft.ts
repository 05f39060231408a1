import type { PlanCrs, PlanFile } from './planFile';

export const planKinds = ['LOCAL_PLAN', 'GENERAL_PLAN', 'OTHER'] as const;
export const planStages = [
  'DRAFT_FOR_CONSULTATION',
  'DRAFT_AFTER_CONSULTATION',
  'ADOPTED',
] as const;
export const planCrses = ['EPSG_4326', 'EPSG_2180'] as const;

export type PlanDraft = {
  name: string;
  kind: (typeof planKinds)[number];
  stage: (typeof planStages)[number];
  version: string;
  crs: PlanCrs;
};

/** The CRS to start from: what the file declares, else what its numbers look like, else degrees. */
export function initialCrs(file: PlanFile): PlanCrs {
  return file.declaredCrs ?? file.guessedCrs ?? 'EPSG_4326';
}

/** The plan's name to offer: the file's own, else its file name without the extension. */
export function initialName(file: PlanFile, fileName: string): string {
  return file.name ?? fileName.replace(/\.(geo)?json$/i, '').trim();
}

/** What the form must fix before a preview: a name of 3 to 300 characters, a short version. */
export function draftProblems(draft: PlanDraft): { name?: 'short' | 'long'; version?: 'long' } {
  const name = [...draft.name.trim()].length;
  const problems: { name?: 'short' | 'long'; version?: 'long' } = {};
  if (name < 3) problems.name = 'short';
  else if (name > 300) problems.name = 'long';
  if ([...draft.version.trim()].length > 50) problems.version = 'long';
  return problems;
}

/** The plan's own fields as the API takes them; an empty version means "1". */
export function planFields(draft: PlanDraft) {
  const version = draft.version.trim();
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    stage: draft.stage,
    crs: draft.crs,
    ...(version ? { version } : {}),
  };
}
