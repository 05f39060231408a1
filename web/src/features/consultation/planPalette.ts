import type { PlanZone } from './consultation.queries';

/**
 * Colours of plan designations by family, as Polish plan drawings group them (housing,
 * services, green, roads), from the Okabe–Ito palette. The zone's symbol is always printed
 * too, so colour is never alone.
 */
const families: { prefix: string; color: string }[] = [
  { prefix: 'MW', color: '#E69F00' },
  { prefix: 'MN', color: '#F0E442' },
  { prefix: 'UO', color: '#56B4E9' },
  { prefix: 'U', color: '#CC79A7' },
  { prefix: 'Z', color: '#009E73' },
  { prefix: 'KD', color: '#999999' },
];
const otherColor = '#0072B2';

/** The fill colour of a designation code, e.g. "MW" or "KD-Z". */
export function designationColor(code: string): string {
  const upper = code.toUpperCase();
  return families.find((family) => upper.startsWith(family.prefix))?.color ?? otherColor;
}

export type Designation = { code: string; name: string; color: string };

/** The plan's designations, once each, in the order the zones come (the legend order). */
export function designations(zones: readonly PlanZone[]): Designation[] {
  const seen = new Map<string, Designation>();
  for (const zone of zones) {
    if (!seen.has(zone.designationCode)) {
      seen.set(zone.designationCode, {
        code: zone.designationCode,
        name: zone.designationName,
        color: designationColor(zone.designationCode),
      });
    }
  }
  return [...seen.values()];
}
