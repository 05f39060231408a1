import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import { refusedField } from '../people/refusalField';
import { SelectField } from '../people/SelectField';
import { emptyUnitDraft, type UnitDraft, unitInput, unitProblem } from './unitDraft';
import { useUnitsT } from './units.i18n';
import { CreateUnitMutation } from './units.queries';

type Problem = { field: 'name' | 'kind' | 'areaId' | null; text: string };
const fields = ['name', 'kind', 'areaId'] as const;

type Props = { districts: readonly { id: string; name: string }[]; onCreated: () => void };

/** Adds a city bureau, or a district office with the district it serves. */
export function UnitForm({ districts, onCreated }: Props) {
  const t = useUnitsT();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<UnitDraft>(emptyUnitDraft);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateUnitMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const missing = unitProblem(draft);
    if (missing || draft.kind === '') {
      const field = missing ?? 'kind';
      return setProblem({ field, text: t(`problem.${field}`) });
    }
    const result = await create({ input: unitInput({ ...draft, kind: draft.kind }) });
    if (result.error) {
      const field = refusedField(result.error, fields) as Problem['field'];
      return setProblem({ field, text: errorText(result.error) });
    }
    setProblem(null);
    setDraft(emptyUnitDraft);
    setCreated(result.data?.createUnit.name ?? null);
    onCreated();
  };
  const errorAt = (field: Problem['field']) => (problem?.field === field ? problem.text : null);
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('form.heading')}>
      <h2>{t('form.heading')}</h2>
      <Field
        label={t('form.name')}
        value={draft.name}
        maxLength={200}
        required
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        error={errorAt('name')}
      />
      <SelectField
        label={t('form.kind')}
        value={draft.kind}
        placeholder={t('form.choose')}
        options={(['CITY_BUREAU', 'DISTRICT_OFFICE'] as const).map((kind) => ({
          value: kind,
          label: t(`kind.${kind}`),
        }))}
        onChange={(event) => setDraft({ ...draft, kind: event.target.value as UnitDraft['kind'] })}
        error={errorAt('kind')}
      />
      {draft.kind === 'DISTRICT_OFFICE' && (
        <SelectField
          label={t('form.district')}
          value={draft.areaId}
          placeholder={t('form.choose')}
          options={districts.map((district) => ({ value: district.id, label: district.name }))}
          onChange={(event) => setDraft({ ...draft, areaId: event.target.value })}
          error={errorAt('areaId')}
        />
      )}
      <FormError message={problem?.field === null ? problem.text : null} />
      <p role="status">{created && t('form.created', { name: created })}</p>
      <button type="submit" disabled={fetching}>
        {t('form.submit')}
      </button>
    </form>
  );
}
