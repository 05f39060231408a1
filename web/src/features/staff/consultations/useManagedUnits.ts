import { useQuery } from 'urql';
import { plannedUnitIds } from '../staffAccess';
import { useStaffViewer } from '../useStaffViewer';
import type { UnitOption } from './ConsultationForm';
import { UnitsQuery } from './consultations.queries';

/** The units whose consultations the viewer runs: those they plan for, or all for an admin. */
export function useManagedUnits(): { units: UnitOption[]; loading: boolean } {
  const { viewer, access } = useStaffViewer();
  const [{ data, fetching }] = useQuery({ query: UnitsQuery });
  const planned = new Set(plannedUnitIds(viewer?.roles));
  const units = (data?.units ?? [])
    .filter((unit) => access.has('ADMIN') || planned.has(unit.id))
    .map((unit) => ({
      id: unit.id,
      name: unit.name,
      areaId: unit.area?.id ?? null,
      areaName: unit.area?.name ?? null,
    }));
  return { units, loading: fetching && !data };
}
