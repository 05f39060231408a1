import type { Geometry } from 'geojson';
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { CoordinatesInput } from './CoordinatesInput';
import { useConsultationT } from './consultation.i18n';
import { type Consultation, DistrictsTouchingQuery } from './consultation.queries';
import { areaPolygon, type CommentGeometry, type Shape, shapes } from './locationInput';

export type Method = 'map' | 'district' | 'zone' | 'coordinates';

type Props = {
  consultation: Consultation;
  draft: CommentGeometry | null;
  onDraft: (geometry: CommentGeometry | null) => void;
  drawShape: Shape | null;
  onDrawShape: (shape: Shape | null) => void;
};

/**
 * Where a new remark is: drawn on the map (terra-draw), or, without the map, a district or
 * plan zone chosen from a list (its area becomes the remark's polygon) or typed coordinates.
 */
export function LocationPicker({ consultation, draft, onDraft, drawShape, onDrawShape }: Props) {
  const t = useConsultationT();
  const [method, setMethod] = useState<Method>('map');
  const [shape, setShape] = useState<Shape>('Point');
  const name = useId();
  const zones = consultation.plans.flatMap((plan) => plan.zones);
  const methods: Method[] =
    zones.length > 0
      ? ['map', 'district', 'zone', 'coordinates']
      : ['map', 'district', 'coordinates'];

  const choose = (next: Method) => {
    setMethod(next);
    onDraft(null);
    onDrawShape(next === 'map' ? shape : null);
  };
  const chooseShape = (next: Shape) => {
    setShape(next);
    onDrawShape(next);
  };

  return (
    <fieldset className="location-picker">
      <legend>{t('location')}</legend>
      <div className="choice-row">
        {methods.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              checked={method === value}
              onChange={() => choose(value)}
            />
            {t(`method.${value}`)}
          </label>
        ))}
      </div>
      {method === 'map' && (
        <div className="choice-row">
          {shapes.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={drawShape === value}
              onClick={() => chooseShape(value)}
            >
              {t(`shape.${value}`)}
            </button>
          ))}
          <p className="hint">{t(`drawHint.${shape}`)}</p>
        </div>
      )}
      {method === 'district' && <DistrictSelect consultation={consultation} onDraft={onDraft} />}
      {method === 'zone' && (
        <AreaSelect
          label={t('chooseZone')}
          areas={zones.map((zone) => ({
            id: zone.id,
            name: `${zone.symbol} – ${zone.designationName}`,
            geometry: zone.geometry,
          }))}
          onDraft={onDraft}
        />
      )}
      {method === 'coordinates' && <CoordinatesInput onDraft={onDraft} />}
      <p role="status" className="location-status">
        {draft ? describe(draft, t) : t('noLocation')}
      </p>
    </fieldset>
  );
}

function describe(geometry: CommentGeometry, t: ReturnType<typeof useConsultationT>): string {
  if (geometry.type === 'Point') {
    const [lng = 0, lat = 0] = geometry.coordinates;
    return t('chosenPoint', { longitude: lng.toFixed(5), latitude: lat.toFixed(5) });
  }
  if (geometry.type === 'LineString') {
    return t('chosenLine', { count: geometry.coordinates.length });
  }
  return t('chosenPolygon', {
    count: (geometry.coordinates[0]?.length ?? 1) - 1,
  });
}

function DistrictSelect({
  consultation,
  onDraft,
}: {
  consultation: Consultation;
  onDraft: Props['onDraft'];
}) {
  const t = useConsultationT();
  const [{ data, fetching, error }] = useQuery({
    query: DistrictsTouchingQuery,
    variables: { area: consultation.area },
  });
  if (error) return <p role="alert">{t('districtsError')}</p>;
  if (fetching && !data) return <p role="status">{t('districtsLoading')}</p>;
  return <AreaSelect label={t('chooseDistrict')} areas={data?.areas ?? []} onDraft={onDraft} />;
}

function AreaSelect({
  label,
  areas,
  onDraft,
}: {
  label: string;
  areas: readonly { id: string; name: string; geometry: Geometry }[];
  onDraft: Props['onDraft'];
}) {
  const t = useConsultationT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        defaultValue=""
        onChange={(event) => {
          const area = areas.find((candidate) => candidate.id === event.target.value);
          onDraft(area ? areaPolygon(area.geometry) : null);
        }}
      >
        <option value="">{t('chooseOne')}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </select>
    </div>
  );
}
