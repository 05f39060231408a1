import { useState } from 'react';
import { MapView } from '../../map/MapView';
import { DistrictOutlines } from '../budget/ProjectMap';
import { DraftLayer } from '../consultation/DraftLayer';
import { DrawControl } from '../consultation/DrawControl';
import { type CommentGeometry, type Shape, shapes } from '../consultation/locationInput';
import { useProposalT } from './proposals.i18n';

type Props = {
  location: CommentGeometry | null;
  onLocation: (location: CommentGeometry | null) => void;
  disabled: boolean;
  invalid: boolean;
  errorId: string;
};

/** The project's place drawn on the map as a point, a line or an area, as remarks are. */
export function ProposalLocation({ location, onLocation, disabled, invalid, errorId }: Props) {
  const t = useProposalT();
  const [shape, setShape] = useState<Shape>('Point');
  return (
    <fieldset
      className="proposal-location"
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend>{t('location')}</legend>
      <div className="choice-row">
        {shapes.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={shape === value}
            disabled={disabled}
            onClick={() => setShape(value)}
          >
            {t(`shape.${value}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t(`drawHint.${shape}`)}</p>
      <MapView label={t('mapLabel')} className="proposal-map">
        <DistrictOutlines />
        <DraftLayer geometry={location} />
        {!disabled && <DrawControl shape={shape} onDrawn={onLocation} />}
      </MapView>
      <p role="status" className="proposal-location-status">
        {describe(location, t)}
      </p>
      {location && !disabled && (
        <button type="button" onClick={() => onLocation(null)}>
          {t('clearLocation')}
        </button>
      )}
    </fieldset>
  );
}

function describe(location: CommentGeometry | null, t: ReturnType<typeof useProposalT>) {
  if (!location) return t('noLocation');
  if (location.type === 'Point') {
    const [lng = 0, lat = 0] = location.coordinates;
    return t('chosenPoint', { longitude: lng.toFixed(5), latitude: lat.toFixed(5) });
  }
  if (location.type === 'LineString')
    return t('chosenLine', { count: location.coordinates.length });
  return t('chosenPolygon', { count: (location.coordinates[0]?.length ?? 1) - 1 });
}
