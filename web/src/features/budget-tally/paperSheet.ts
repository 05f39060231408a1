import type { BallotProject } from './tally.queries';

/** A paper sheet as typed in: its reference, the voter's e-mail, district pool and approvals. */
export type SheetDraft = {
  reference: string;
  voterEmail: string;
  /** '' for a sheet approving only city-wide projects. */
  districtPoolId: string;
  projectIds: readonly string[];
};

export const emptySheet: SheetDraft = {
  reference: '',
  voterEmail: '',
  districtPoolId: '',
  projectIds: [],
};

type PoolKind = { id: string; kind: 'AREA' | 'CITYWIDE' };

/** The projects the sheet may approve: of its district pool and of the city-wide pools. */
export function projectsOnSheet(
  projects: readonly BallotProject[],
  pools: readonly PoolKind[],
  districtPoolId: string,
) {
  const citywide = new Set(pools.filter((p) => p.kind === 'CITYWIDE').map((p) => p.id));
  return {
    district: projects.filter((p) => districtPoolId !== '' && p.poolId === districtPoolId),
    citywide: projects.filter((p) => citywide.has(p.poolId)),
  };
}

/** Another district pool: its approvals of the old district's projects go. */
export function withDistrict(
  draft: SheetDraft,
  districtPoolId: string,
  projects: readonly BallotProject[],
  pools: readonly PoolKind[],
): SheetDraft {
  const kept = new Set(
    projectsOnSheet(projects, pools, districtPoolId)
      .district.concat(projectsOnSheet(projects, pools, '').citywide)
      .map((p) => p.id),
  );
  return { ...draft, districtPoolId, projectIds: draft.projectIds.filter((id) => kept.has(id)) };
}

export function toggled(draft: SheetDraft, projectId: string): SheetDraft {
  const projectIds = draft.projectIds.includes(projectId)
    ? draft.projectIds.filter((id) => id !== projectId)
    : [...draft.projectIds, projectId];
  return { ...draft, projectIds };
}
