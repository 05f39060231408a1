import { useId, useState } from 'react';
import { useConsultationT } from './consultation.i18n';
import {
  type CommentGeometry,
  type ParseError,
  parseCoordinates,
  type Shape,
  shapes,
} from './locationInput';

/** The keyboard path to a location: a point, line or polygon typed as "lng, lat" pairs. */
export function CoordinatesInput({
  onDraft,
}: {
  onDraft: (geometry: CommentGeometry | null) => void;
}) {
  const t = useConsultationT();
  const [shape, setShape] = useState<Shape>('Point');
  const [text, setText] = useState('');
  const [error, setError] = useState<ParseError | null>(null);
  const shapeId = useId();
  const textId = useId();
  const hintId = useId();
  const errorId = useId();

  const apply = () => {
    const parsed = parseCoordinates(text, shape);
    if ('error' in parsed) {
      setError(parsed.error);
      onDraft(null);
    } else {
      setError(null);
      onDraft(parsed.geometry);
    }
  };

  return (
    <div className="coordinates-input">
      <div className="field">
        <label htmlFor={shapeId}>{t('coordinatesShape')}</label>
        <select
          id={shapeId}
          value={shape}
          onChange={(event) => setShape(event.target.value as Shape)}
        >
          {shapes.map((value) => (
            <option key={value} value={value}>
              {t(`shape.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={textId}>{t('coordinates')}</label>
        <textarea
          id={textId}
          value={text}
          rows={3}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error !== null}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={hintId} className="hint">
          {t('coordinatesHint')}
        </p>
        {error && (
          <p id={errorId} role="alert" className="form-error">
            {t(`coordinatesError.${error}`)}
          </p>
        )}
      </div>
      <button type="button" onClick={apply}>
        {t('coordinatesApply')}
      </button>
    </div>
  );
}
