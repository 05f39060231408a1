import { useId } from 'react';
import { usePeopleT } from './people.i18n';
import type { Unit } from './verifierUnits';

type Props = {
  units: readonly Unit[];
  value: string;
  onChange: (unitId: string) => void;
  error?: string | null;
};

const kinds = ['CITY_BUREAU', 'DISTRICT_OFFICE'] as const;

/** The unit a planner's role is scoped to: city bureaus and district offices, each group sorted. */
export function UnitPicker({ units, value, onChange, error }: Props) {
  const t = usePeopleT();
  const id = useId();
  return (
    <div className="account-field">
      <label htmlFor={id}>{t('grant.unit')}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('choose')}</option>
        {kinds.map((kind) => (
          <optgroup key={kind} label={t(`unitKind.${kind}`)}>
            {units
              .filter((unit) => unit.kind === kind)
              .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
              .map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="account-error">
          {error}
        </p>
      )}
    </div>
  );
}
