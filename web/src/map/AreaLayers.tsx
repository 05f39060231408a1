import type { Bounds } from './bounds';
import { useMapInstance } from './MapContext';
import { type AreaFeatures, useAreaLayers } from './useAreaLayers';

export type AreaLayersProps = {
  areas: AreaFeatures;
  bounds: { all: Bounds | null; selected: Bounds | null };
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** Areas (districts) on the enclosing map, the selected one highlighted and fitted. */
export function AreaLayers({ areas, bounds, selectedId, onSelect }: AreaLayersProps) {
  useAreaLayers(useMapInstance(), areas, bounds, selectedId, onSelect);
  return null;
}
