import { Legend } from '../../map/Legend';
import { usePlanImportT } from './planImport.i18n';
import { designationGroups, type PreviewZone } from './previewZones';

/** Every designation's colour, name and zones, readable without seeing the map. */
export function DesignationLegend({ zones }: { zones: readonly PreviewZone[] }) {
  const t = usePlanImportT();
  const items = designationGroups(zones).map((group) => ({
    label: t('legend.item', {
      code: group.code,
      name: group.name,
      zones: group.symbols.join(', '),
    }),
    color: group.color,
    shape: 'area' as const,
  }));
  return <Legend title={t('legend.title')} items={items} />;
}
