import type { Geometry } from 'geojson';
import type { Lang } from '../../i18n/i18n';
import { geometryBounds } from '../../map/bounds';
import { containsPoint } from '../home/homeGeo';

type DistrictShape = { name: string; geometry: Geometry };

const locales: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };

/**
 * A grid cell named by the place people know: the district holding its centre, and the
 * centre's latitude and longitude (to about 10 m), instead of the grid's own column and row.
 * Outside every district (or before they load) the coordinates alone.
 */
export function gridCellName(
  cell: Geometry,
  districts: readonly DistrictShape[],
  lang: Lang,
): string | null {
  const bounds = geometryBounds(cell);
  if (!bounds) return null;
  const lng = (bounds[0][0] + bounds[1][0]) / 2;
  const lat = (bounds[0][1] + bounds[1][1]) / 2;
  const degrees = new Intl.NumberFormat(locales[lang], {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
  const place = `${degrees.format(lat)}° N, ${degrees.format(lng)}° E`;
  const district = districts.find((d) => containsPoint(d.geometry, [lng, lat]));
  return district ? `${district.name}, ${place}` : place;
}
