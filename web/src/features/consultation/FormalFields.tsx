import { useId } from 'react';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { useConsultationT } from './consultation.i18n';

export type PropertyRight = 'NONE' | 'OWNER' | 'PERPETUAL_USUFRUCT';
export type Formal = {
  name: string;
  address: string;
  propertyRight: PropertyRight;
  parcels: string;
};

export const emptyFormal: Formal = { name: '', address: '', propertyRight: 'NONE', parcels: '' };

const rights: PropertyRight[] = ['OWNER', 'PERPETUAL_USUFRUCT', 'NONE'];

/** Parcel numbers as typed, split by commas, semicolons or new lines. */
export function parcelList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((parcel) => parcel.trim())
    .filter(Boolean);
}

/** The personal data a formal remark (art. 8g of the planning act) needs. */
export function FormalFields({
  value,
  onChange,
}: {
  value: Formal;
  onChange: (next: Formal) => void;
}) {
  const t = useConsultationT();
  const term = useTerms();
  const ids = { name: useId(), address: useId(), right: useId(), parcels: useId(), hint: useId() };
  const set = (patch: Partial<Formal>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="formal-fields">
      <legend>{t('formalLegend')}</legend>
      <p className="hint">{t('formalPrivacy')}</p>
      <div className="field">
        <label htmlFor={ids.name}>{t('formalName')}</label>
        <input
          id={ids.name}
          required
          minLength={3}
          maxLength={200}
          autoComplete="name"
          value={value.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.address}>{t('formalAddress')}</label>
        <input
          id={ids.address}
          required
          minLength={5}
          maxLength={500}
          autoComplete="street-address"
          value={value.address}
          onChange={(event) => set({ address: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.right}>{t('formalRight')}</label>
        <select
          id={ids.right}
          value={value.propertyRight}
          onChange={(event) => set({ propertyRight: event.target.value as PropertyRight })}
        >
          {rights.map((right) => (
            <option key={right} value={right}>
              {upperFirst(term(`propertyRight.${right}`))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.parcels}>{t('formalParcels')}</label>
        <input
          id={ids.parcels}
          required
          aria-describedby={ids.hint}
          value={value.parcels}
          onChange={(event) => set({ parcels: event.target.value })}
        />
        <p id={ids.hint} className="hint">
          {t('formalParcelsHint')}
        </p>
      </div>
    </fieldset>
  );
}
