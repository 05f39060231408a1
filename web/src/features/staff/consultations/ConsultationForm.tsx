import type { Geometry } from 'geojson';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { Field } from '../../account/Field';
import { FormError } from '../../account/FormError';
import { useFocusInvalid } from '../../account/useFocusInvalid';
import { SelectField, TextAreaField } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useStaffT } from '../staff.i18n';
import { AreaPicker } from './AreaPicker';
import {
  type AreaChoice,
  type ConsultationFormValues,
  type ConsultationInputValues,
  consultationInput,
  type FormField,
  formFieldOf,
} from './consultationForm';
import { MarkdownField } from './MarkdownField';

export type UnitOption = {
  id: string;
  name: string;
  areaId: string | null;
  areaName: string | null;
};

type Props = {
  initial: ConsultationFormValues;
  /** Units to choose from when creating; none when editing (the unit stays). */
  units: readonly UnitOption[] | null;
  unitName?: string;
  savedArea: Geometry | null;
  submitLabel: string;
  onSubmit: (unitId: string, input: ConsultationInputValues) => Promise<CombinedError | undefined>;
};

/** Title, texts, unit, area, topics and dates of a consultation; every refusal at its field. */
export function ConsultationForm({
  initial,
  units,
  unitName,
  savedArea,
  submitLabel,
  onSubmit,
}: Props) {
  const t = useStaffT();
  const [form, setForm] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors<FormField>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, errors.failure);
  const set = <K extends keyof ConsultationFormValues>(
    key: K,
    value: ConsultationFormValues[K],
  ) => {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: value }));
  };
  const setArea = useCallback((area: AreaChoice) => {
    setSaved(false);
    setForm((current) => ({ ...current, area }));
  }, []);
  const unit = units?.find((u) => u.id === form.unitId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = consultationInput(form);
    if ('problem' in result) {
      const { field, problem } = result.problem;
      return errors.fromForm(field, t(`form.problem.${problem}`));
    }
    setBusy(true);
    const error = await onSubmit(form.unitId, result.input);
    setBusy(false);
    if (error) return errors.fromApi(error, formFieldOf);
    errors.clear();
    setSaved(true);
  };
  return (
    <form ref={formRef} className="account-form staff-form" onSubmit={submit} noValidate>
      {units ? (
        <SelectField
          label={t('form.unit')}
          value={form.unitId}
          error={errors.at('unitId')}
          onChange={(e) => set('unitId', e.target.value)}
        >
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>{t('form.unitFixed', { unit: unitName ?? '' })}</p>
      )}
      <Field
        label={t('form.title')}
        hint={t('form.titleHint')}
        value={form.title}
        maxLength={200}
        error={errors.at('title')}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextAreaField
        label={t('form.summary')}
        hint={t('form.summaryHint')}
        rows={3}
        maxLength={1000}
        value={form.summary}
        error={errors.at('summary')}
        onChange={(e) => set('summary', e.target.value)}
      />
      <MarkdownField
        value={form.description}
        error={errors.at('description')}
        onChange={(value) => set('description', value)}
      />
      <AreaPicker
        value={form.area}
        onChange={setArea}
        saved={savedArea}
        unitArea={unit?.areaId ? { id: unit.areaId, name: unit.areaName ?? '' } : null}
        error={errors.at('area')}
      />
      <TextAreaField
        label={t('form.topics')}
        hint={t('form.topicsHint')}
        rows={4}
        value={form.topics}
        error={errors.at('topics')}
        onChange={(e) => set('topics', e.target.value)}
      />
      <div className="staff-dates">
        <Field
          type="datetime-local"
          label={t('form.opensAt')}
          hint={t('form.warsawTime')}
          value={form.opensAt}
          error={errors.at('opensAt')}
          onChange={(e) => set('opensAt', e.target.value)}
        />
        <Field
          type="datetime-local"
          label={t('form.closesAt')}
          hint={t('form.warsawTime')}
          value={form.closesAt}
          error={errors.at('closesAt')}
          onChange={(e) => set('closesAt', e.target.value)}
        />
      </div>
      <FormError message={errors.formWide} />
      <p role="status" className="account-hint">
        {saved ? t('form.saved') : ''}
      </p>
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
