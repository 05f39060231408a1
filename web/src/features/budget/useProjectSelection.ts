import { useMemo, useState } from 'react';
import type { ProjectSummary } from './budget.queries';
import type { BudgetPoolKind } from './budgetStatus';
import { allProjectBounds, projectBounds, projectFeatures } from './projectGeo';

/** The map's view of the shown projects, and the selection and hover the list shares. */
export function useProjectSelection(
  shown: readonly ProjectSummary[],
  poolKinds: ReadonlyMap<string, BudgetPoolKind>,
) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const features = useMemo(() => projectFeatures(shown, poolKinds), [shown, poolKinds]);
  const allBounds = useMemo(() => allProjectBounds(shown), [shown]);
  const selected = shown.find((project) => project.id === selectedId) ?? null;
  const selectedBounds = useMemo(() => (selected ? projectBounds(selected) : null), [selected]);
  return {
    selected,
    hoveredId,
    setHoveredId,
    select: setSelectedId,
    layers: {
      features,
      selectedId: selected?.id ?? null,
      hoveredId,
      allBounds,
      selectedBounds,
      onSelect: setSelectedId,
      onHover: setHoveredId,
    },
  };
}
