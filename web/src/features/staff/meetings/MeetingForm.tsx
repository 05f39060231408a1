import type { Geometry } from 'geojson';
import { type FormEvent, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { Field } from '../../account/Field';
import { FormError } from '../../account/FormError';
import { useFocusInvalid } from '../../account/useFocusInvalid';
import { FieldSet, SelectField } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useStaffT } from '../staff.i18n';
import {
  type MeetingField,
  type MeetingFormValues,
  type MeetingInputValues,
  meetingFieldOf,
  meetingInput,
  meetingKinds,
} from './meetingForm';
import { PlaceMap } from './PlaceMap';

type Props = {
  heading: string;
  submitLabel: string;
  initial: MeetingFormValues;
  area: Geometry | null;
  /** Sends the meeting; the API's refusal, if any. */
  onSave: (input: MeetingInputValues) => Promise<CombinedError | undefined>;
  /** After a save: a new meeting's form starts again, a changed one closes. */
  onSaved: () => void;
  onCancel?: () => void;
};

/** A meeting: what, when (Warsaw time) and where — a place on the map, an address, online. */
export function MeetingForm({
  heading,
  submitLabel,
  initial,
  area,
  onSave,
  onSaved,
  onCancel,
}: Props) {
  const t = useStaffT();
  const [form, setForm] = useState(initial);
  const [fetching, setFetching] = useState(false);
  const errors = useFormErrors<MeetingField>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, errors.failure);
  const set = (patch: Partial<MeetingFormValues>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = meetingInput(form);
    if ('problem' in result) {
      const { field, problem } = result.problem;
      return errors.fromForm(field, t(`meeting.problem.${problem}`));
    }
    setFetching(true);
    const error = await onSave(result.input);
    setFetching(false);
    if (error) return errors.fromApi(error, meetingFieldOf);
    errors.clear();
    setForm(initial);
    onSaved();
  };
  const [lng, lat] = form.place?.coordinates ?? [];
  return (
    <form ref={formRef} className="account-form staff-subform" onSubmit={submit} noValidate>
      <h3>{heading}</h3>
      <Field
        label={t('meeting.title')}
        value={form.title}
        maxLength={200}
        error={errors.at('title')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <SelectField
        label={t('meeting.kind')}
        value={form.kind}
        error={errors.at('kind')}
        onChange={(e) => set({ kind: e.target.value as MeetingFormValues['kind'] })}
      >
        {meetingKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`meeting.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="staff-dates">
        <Field
          type="datetime-local"
          label={t('meeting.startsAt')}
          hint={t('form.warsawTime')}
          value={form.startsAt}
          error={errors.at('startsAt')}
          onChange={(e) => set({ startsAt: e.target.value })}
        />
        <Field
          type="datetime-local"
          label={t('meeting.endsAt')}
          hint={t('form.warsawTime')}
          value={form.endsAt}
          error={errors.at('endsAt')}
          onChange={(e) => set({ endsAt: e.target.value })}
        />
      </div>
      <FieldSet legend={t('meeting.where')} error={errors.at('place')}>
        <p className="account-hint">{t('meeting.whereHint')}</p>
        <Field
          label={t('meeting.address')}
          value={form.address}
          maxLength={300}
          error={errors.at('address')}
          onChange={(e) => set({ address: e.target.value })}
        />
        <Field
          type="url"
          label={t('meeting.onlineUrl')}
          value={form.onlineUrl}
          error={errors.at('onlineUrl')}
          onChange={(e) => set({ onlineUrl: e.target.value })}
        />
        <p role="status" className="account-hint">
          {form.place && lng !== undefined && lat !== undefined
            ? t('meeting.placePicked', { longitude: lng.toFixed(5), latitude: lat.toFixed(5) })
            : t('meeting.pickHint')}
        </p>
        {form.place && (
          <p>
            <button type="button" onClick={() => set({ place: null })}>
              {t('meeting.clearPlace')}
            </button>
          </p>
        )}
        <PlaceMap place={form.place} area={area} onPick={(place) => set({ place })} />
      </FieldSet>
      <FormError message={errors.formWide} />
      <p>
        <button type="submit" disabled={fetching}>
          {submitLabel}
        </button>{' '}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('status.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
