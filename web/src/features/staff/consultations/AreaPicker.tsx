import type { Geometry, Polygon } from 'geojson';
import { useEffect, useState } from 'react';
import type { Params } from '../../../i18n/namespace';
import { FieldSet } from '../forms/fields';
import { useStaffT } from '../staff.i18n';
import { AreaMap } from './AreaMap';
import { type AreaProblem, checkDrawnArea } from './areaCheck';
import type { AreaChoice } from './consultationForm';
import { useAreaChoices, useAreaGeometry } from './useAreaChoices';

type Props = {
  value: AreaChoice;
  onChange: (area: AreaChoice) => void;
  /** The area as saved (editing), or null for a new consultation. */
  saved: Geometry | null;
  /** The organising unit's own area (a district, or the city for a bureau), when creating. */
  unitArea: { id: string; name: string } | null;
  error?: string | null;
};

function problemText(t: ReturnType<typeof useStaffT>, problem: AreaProblem): string {
  const { problem: key, ...params } = problem;
  return t(`area.problem.${key}`, params as Params);
}

/** Which choice is made, and the geometry it stands for once fetched. */
function useChosenGeometry(value: AreaChoice, unitAreaId: string | null, saved: Geometry | null) {
  const fetchId =
    value.kind === 'district' ? value.areaId : value.kind === 'unit' ? unitAreaId : null;
  const fetched = useAreaGeometry(fetchId);
  if (value.kind === 'keep') return saved;
  if (value.kind === 'unit') return fetched;
  if (value.kind === 'district') return value.geometry ?? fetched;
  return value.geometry;
}

/** The consultation's area: the unit's district, another district, the city, or drawn. */
export function AreaPicker({ value, onChange, saved, unitArea, error }: Props) {
  const t = useStaffT();
  const { districts, cityId, cityOutline } = useAreaChoices();
  const [drawing, setDrawing] = useState(false);
  const districtId = value.kind === 'district' ? value.areaId : '';
  const districtGeometry = useAreaGeometry(districtId || null);
  const cityGeometry = useAreaGeometry(value.kind === 'city' ? cityId : null);
  // The boundary arrives after the choice; the choice then carries it.
  useEffect(() => {
    if (value.kind === 'district' && districtGeometry && !value.geometry)
      onChange({ ...value, geometry: districtGeometry });
    if (value.kind === 'city' && cityGeometry && !value.geometry)
      onChange({ kind: 'city', geometry: cityGeometry });
  }, [value, districtGeometry, cityGeometry, onChange]);
  const shown = useChosenGeometry(value, unitArea?.id ?? null, saved);
  const drawn = (polygon: Polygon) => {
    setDrawing(false);
    onChange({ kind: 'drawn', geometry: polygon, problem: checkDrawnArea(polygon, cityOutline) });
  };
  const choose = (kind: AreaChoice['kind']) => {
    setDrawing(kind === 'drawn');
    if (kind === 'district') onChange({ kind, areaId: districts[0]?.id ?? '', geometry: null });
    else if (kind === 'city') onChange({ kind, geometry: null });
    else if (kind === 'drawn') onChange({ kind, geometry: null, problem: null });
    else onChange({ kind });
  };
  const options: AreaChoice['kind'][] = [
    ...(saved ? (['keep'] as const) : []),
    ...(unitArea ? (['unit'] as const) : []),
    'district',
    'city',
    'drawn',
  ];
  const liveProblem = value.kind === 'drawn' ? value.problem : null;
  return (
    <FieldSet legend={t('form.area')} error={error}>
      <div className="staff-radios">
        {options.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="area-kind"
              checked={value.kind === kind}
              onChange={() => choose(kind)}
            />
            {kind === 'unit' ? t('area.unit', { name: unitArea?.name ?? '' }) : t(`area.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind === 'district' && (
        <label className="staff-inline-field">
          {t('area.whichDistrict')}
          <select
            value={districtId}
            onChange={(e) => onChange({ kind: 'district', areaId: e.target.value, geometry: null })}
          >
            {districts.map((district) => (
              <option key={district.id} value={district.id}>
                {district.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'drawn' && (
        <div className="staff-draw">
          <p className="account-hint">{drawing ? t('area.drawHint') : t('area.drawnHint')}</p>
          {!drawing && (
            <button type="button" onClick={() => setDrawing(true)}>
              {t('area.drawAgain')}
            </button>
          )}
        </div>
      )}
      <p role="status" className={liveProblem ? 'account-error' : 'account-hint'}>
        {liveProblem
          ? problemText(t, liveProblem)
          : value.kind === 'drawn' && value.geometry
            ? t('area.drawnOk')
            : ''}
      </p>
      <AreaMap geometry={shown} onDrawn={drawing ? drawn : undefined} />
    </FieldSet>
  );
}
