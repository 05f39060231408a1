import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Field } from '../../account/Field';
import { FormError } from '../../account/FormError';
import { useFocusInvalid } from '../../account/useFocusInvalid';
import { AddDocumentMutation } from '../consultations/consultations.queries';
import { FieldSet, SelectField } from '../forms/fields';
import { fieldNamed, useFormErrors } from '../forms/useFormErrors';
import { useStaffT } from '../staff.i18n';
import { type DocumentFormValues, documentInput, documentKinds } from './documentForm';
import { FileUpload } from './FileUpload';

type DocField = 'title' | 'kind' | 'file' | 'url';
const fieldOf = (apiField?: string) =>
  apiField === 'input.fileId' ? 'file' : fieldNamed<DocField>(['title', 'kind', 'url'])(apiField);

const blank: DocumentFormValues = {
  title: '',
  kind: 'PLAN_TEXT',
  source: 'file',
  fileId: null,
  url: '',
};

/** A document: an uploaded file (PDF, image, office document) or a link. */
export function AddDocumentForm({
  consultationId,
  onAdded,
}: {
  consultationId: string;
  onAdded: () => void;
}) {
  const t = useStaffT();
  const [form, setForm] = useState(blank);
  // A new file input after each document, so the next one starts empty.
  const [round, setRound] = useState(0);
  const [{ fetching }, add] = useMutation(AddDocumentMutation);
  const errors = useFormErrors<DocField>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, errors.failure);
  const set = (patch: Partial<DocumentFormValues>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = documentInput(form);
    if ('problem' in result) {
      const { field, problem } = result.problem;
      return errors.fromForm(field, t(`doc.problem.${problem}`));
    }
    const { error } = await add({ consultationId, input: result.input });
    if (error) return errors.fromApi(error, fieldOf);
    errors.clear();
    setForm(blank);
    setRound((n) => n + 1);
    onAdded();
  };
  return (
    <form ref={formRef} className="account-form staff-subform" onSubmit={submit} noValidate>
      <h3>{t('doc.add')}</h3>
      <Field
        label={t('doc.title')}
        value={form.title}
        maxLength={300}
        error={errors.at('title')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <SelectField
        label={t('doc.kind')}
        value={form.kind}
        error={errors.at('kind')}
        onChange={(e) => set({ kind: e.target.value as DocumentFormValues['kind'] })}
      >
        {documentKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`doc.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <FieldSet legend={t('doc.source')}>
        <div className="staff-radios">
          {(['file', 'link'] as const).map((source) => (
            <label key={source}>
              <input
                type="radio"
                name="doc-source"
                checked={form.source === source}
                onChange={() => set({ source })}
              />
              {t(`doc.source.${source}`)}
            </label>
          ))}
        </div>
      </FieldSet>
      {form.source === 'file' ? (
        <FileUpload
          key={round}
          error={errors.at('file')}
          onUploaded={(file) => set({ fileId: file?.id ?? null })}
        />
      ) : (
        <Field
          type="url"
          label={t('doc.url')}
          hint={t('doc.urlHint')}
          value={form.url}
          error={errors.at('url')}
          onChange={(e) => set({ url: e.target.value })}
        />
      )}
      <FormError message={errors.formWide} />
      <button type="submit" disabled={fetching}>
        {t('doc.submit')}
      </button>
    </form>
  );
}
