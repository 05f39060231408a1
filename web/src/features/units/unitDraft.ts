/** The new-unit form as typed: a district office names the district it serves. */
export type UnitDraft = {
  name: string;
  kind: '' | 'CITY_BUREAU' | 'DISTRICT_OFFICE';
  areaId: string;
};

export const emptyUnitDraft: UnitDraft = { name: '', kind: '', areaId: '' };

/** The first field the form must still get, or null when it can be sent. */
export function unitProblem(draft: UnitDraft): 'name' | 'kind' | 'areaId' | null {
  if (draft.name.trim() === '') return 'name';
  if (draft.kind === '') return 'kind';
  if (draft.kind === 'DISTRICT_OFFICE' && draft.areaId === '') return 'areaId';
  return null;
}

/** The API's input; a city bureau has no district, whatever was picked before. */
export function unitInput(draft: UnitDraft & { kind: 'CITY_BUREAU' | 'DISTRICT_OFFICE' }) {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    areaId: draft.kind === 'DISTRICT_OFFICE' ? draft.areaId : null,
  };
}
