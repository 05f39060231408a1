import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type Bounds, geometryBounds, unionBounds } from '../../map/bounds';
import type { BudgetPoolKind, BudgetProjectStatus } from './budgetStatus';
import { statusGroup } from './statusStyle';

export type LocatedProject = {
  id: string;
  title: string;
  poolId: string;
  status: BudgetProjectStatus;
  locations: readonly { geometry: Geometry }[];
};

export type ProjectFeatureProps = {
  id: string;
  title: string;
  group: ReturnType<typeof statusGroup>;
  poolKind: BudgetPoolKind;
};

/** One feature per location; every feature carries its project's id (several per project). */
export function projectFeatures(
  projects: readonly LocatedProject[],
  poolKinds: ReadonlyMap<string, BudgetPoolKind>,
): FeatureCollection<Geometry, ProjectFeatureProps> {
  const features: Feature<Geometry, ProjectFeatureProps>[] = projects.flatMap((project) =>
    project.locations.map(({ geometry }) => ({
      type: 'Feature' as const,
      properties: {
        id: project.id,
        title: project.title,
        group: statusGroup(project.status),
        poolKind: poolKinds.get(project.poolId) ?? 'AREA',
      },
      geometry,
    })),
  );
  return { type: 'FeatureCollection', features };
}

/** The box around every location of the project, or null when it has none (city-wide). */
export function projectBounds(project: Pick<LocatedProject, 'locations'>): Bounds | null {
  return unionBounds(project.locations.map(({ geometry }) => geometryBounds(geometry)));
}

/** The box around every located project. */
export function allProjectBounds(projects: readonly LocatedProject[]): Bounds | null {
  return unionBounds(projects.map(projectBounds));
}
