import type { MultiPolygon, Polygon } from 'geojson';
import { useQuery } from 'urql';
import { AreaChoicesQuery, AreaGeometryQuery } from './area.queries';

type Area = Polygon | MultiPolygon;
const asArea = (value: unknown): Area | null => {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'Polygon' || type === 'MultiPolygon' ? (value as Area) : null;
};

/** The districts to choose from and the city: its id and outline for the live check. */
export function useAreaChoices() {
  const [{ data }] = useQuery({ query: AreaChoicesQuery });
  const city = data?.city[0];
  return {
    districts: data?.districts ?? [],
    cityId: city?.id ?? null,
    cityOutline: asArea(city?.outline),
  };
}

/** One area's full boundary, once it arrives; null while loading or without an id. */
export function useAreaGeometry(id: string | null | undefined): Area | null {
  const [{ data }] = useQuery({
    query: AreaGeometryQuery,
    variables: { id: id ?? '' },
    pause: !id,
  });
  return id && data?.area.id === id ? asArea(data.area.geometry) : null;
}

export { asArea };
