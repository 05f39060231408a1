export type Unit = { id: string; name: string; kind: 'CITY_BUREAU' | 'DISTRICT_OFFICE' };

type Grant = { role: 'ADMIN' | 'MODERATOR' | 'PLANNER'; unit?: Unit | null };

/**
 * The offices a viewer may record a verification at: every district office for an admin, and
 * a planner's own district offices; a city bureau never verifies.
 */
export function verifierUnits(grants: readonly Grant[], districtOffices: readonly Unit[]): Unit[] {
  if (grants.some((grant) => grant.role === 'ADMIN')) return [...districtOffices];
  const seen = new Map<string, Unit>();
  for (const grant of grants) {
    if (grant.role === 'PLANNER' && grant.unit?.kind === 'DISTRICT_OFFICE') {
      seen.set(grant.unit.id, grant.unit);
    }
  }
  return [...seen.values()];
}
