import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import { useFocusInvalid } from '../account/useFocusInvalid';
import { SelectField, TextAreaField } from '../staff/forms/fields';
import { fieldNamed, useFormErrors } from '../staff/forms/useFormErrors';
import { useDeliveryT } from './delivery.i18n';
import {
  AddDeliveryUpdateMutation,
  type DeliveryUpdateData,
  EditDeliveryUpdateMutation,
} from './delivery.queries';
import {
  type DeliveryDraft,
  type DeliveryStatus,
  draftOf,
  inputOf,
  nextStatuses,
} from './deliveryForm';
import { PhotoUpload } from './PhotoUpload';

type FormField = 'reportedOn' | 'body' | 'progress' | 'actualCost' | 'photos' | 'status';
const fieldOf = (apiField?: string) => {
  if (apiField === 'input.actualCostGrosze') return 'actualCost';
  if (apiField?.startsWith('input.photoIds')) return 'photos';
  return fieldNamed<FormField>(['reportedOn', 'body', 'progress', 'status'])(apiField);
};

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

type Props = {
  project: { projectId: string; status: string; progress: number };
  /** The update being corrected; a new one when absent. */
  editing?: DeliveryUpdateData;
  onSaved: () => void;
  onCancel?: () => void;
};

/** A delivery update: its day, text, percent, cost so far, photos and, for a new one, a status step. */
export function DeliveryUpdateForm({ project, editing, onSaved, onCancel }: Props) {
  const t = useDeliveryT();
  const [draft, setDraft] = useState(() => draftOf(today(), project.progress, editing));
  const [added, add] = useMutation(AddDeliveryUpdateMutation);
  const [edited, edit] = useMutation(EditDeliveryUpdateMutation);
  const errors = useFormErrors<FormField>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, errors.failure);
  const set = (patch: Partial<DeliveryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const statuses = nextStatuses(project.status);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = inputOf(draft);
    if ('problem' in result) return errors.fromForm(result.problem.field, t(result.problem.key));
    const { error } = editing
      ? await edit({ updateId: editing.id, input: result.input })
      : await add({
          projectId: project.projectId,
          input: result.input,
          status: draft.status || null,
        });
    if (error) return errors.fromApi(error, fieldOf);
    errors.clear();
    setDraft(draftOf(today(), result.input.progress));
    onSaved();
  };
  return (
    <form ref={formRef} className="account-form delivery-form" onSubmit={submit} noValidate>
      <h3>{editing ? t('form.editHeading') : t('form.addHeading')}</h3>
      <Field
        type="date"
        label={t('form.reportedOn')}
        value={draft.reportedOn}
        max={today()}
        error={errors.at('reportedOn')}
        onChange={(e) => set({ reportedOn: e.target.value })}
      />
      <TextAreaField
        label={t('form.body')}
        value={draft.body}
        maxLength={5000}
        rows={4}
        error={errors.at('body')}
        onChange={(e) => set({ body: e.target.value })}
      />
      <Field
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        label={t('form.progress')}
        hint={t('form.progressHint')}
        value={draft.progress}
        error={errors.at('progress')}
        onChange={(e) => set({ progress: e.target.value })}
      />
      <Field
        inputMode="decimal"
        label={t('form.actualCost')}
        hint={t('form.actualCostHint')}
        value={draft.actualCost}
        error={errors.at('actualCost')}
        onChange={(e) => set({ actualCost: e.target.value })}
      />
      {!editing && statuses.length > 0 && (
        <SelectField
          label={t('form.status')}
          value={draft.status}
          error={errors.at('status')}
          onChange={(e) => set({ status: e.target.value as DeliveryStatus | '' })}
        >
          <option value="">{t('form.statusKeep')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
      )}
      <PhotoUpload photos={draft.photos} onChange={(photos) => set({ photos })} />
      {errors.at('photos') && (
        <p className="account-error" role="alert">
          {errors.at('photos')}
        </p>
      )}
      <FormError message={errors.formWide} />
      <div className="delivery-actions">
        <button type="submit" disabled={added.fetching || edited.fetching}>
          {editing ? t('form.saveEdit') : t('form.submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
