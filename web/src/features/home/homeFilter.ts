import type { HomeItem, ItemKind } from './homeItems';

/** What the home map and list show; null means any. */
export type HomeFilter = {
  districtId: string | null;
  consultationStatus: string | null;
  projectStatus: string | null;
  layers: Record<ItemKind, boolean>;
};

export const initialFilter: HomeFilter = {
  districtId: null,
  consultationStatus: null,
  projectStatus: null,
  layers: { consultation: true, project: true },
};

function statusFilterOf(filter: HomeFilter, kind: ItemKind): string | null {
  return kind === 'consultation' ? filter.consultationStatus : filter.projectStatus;
}

/** Whether an item passes the filter: its layer is on, it is in the district, of the status. */
export function matches(item: HomeItem, filter: HomeFilter): boolean {
  const status = statusFilterOf(filter, item.kind);
  return (
    filter.layers[item.kind] &&
    (filter.districtId === null || item.districtIds.includes(filter.districtId)) &&
    (status === null || item.status === status)
  );
}

export function filterItems(items: readonly HomeItem[], filter: HomeFilter): HomeItem[] {
  return items.filter((item) => matches(item, filter));
}

/** The statuses items of a kind have, in a stable order: the choices of a status filter. */
export function statusesOf(items: readonly HomeItem[], kind: ItemKind): string[] {
  return [...new Set(items.filter((i) => i.kind === kind).map((i) => i.status))].sort();
}

/** The selection if the filter still shows it, else nothing: a hidden item is not selected. */
export function visibleSelection(
  selectedKey: string | null,
  shown: readonly HomeItem[],
): string | null {
  return shown.some((item) => item.key === selectedKey) ? selectedKey : null;
}
