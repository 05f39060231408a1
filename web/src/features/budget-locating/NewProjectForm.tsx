import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { errorField } from '../../errors/apiError';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { groszeOf } from '../budget-proposals/money';
import { TermsField } from '../budget-proposals/TermsField';
import { SelectField, TextAreaField } from '../staff/forms/fields';
import { useLocatingT } from './locating.i18n';
import { CreateProjectMutation, type LocatingProject } from './locating.queries';

type Pool = { id: string; name: string };
type Props = {
  pools: readonly Pool[];
  poolId: string;
  categories: readonly string[];
  onCreated: (project: LocatingProject) => void;
};

const empty = { title: '', description: '', cost: '', categories: [] as string[] };

/** The form field a refusal's argument path belongs to. */
const fieldOf = (path: string | undefined) =>
  path === 'poolId'
    ? 'pool'
    : /^input\.(title|description|costGrosze|categories)/.exec(path ?? '')?.[1];

/**
 * Staff enter a project, e.g. one proposed on paper at the district office: it is added to
 * the pool as submitted and then placed on the map.
 */
export function NewProjectForm({ pools, poolId: initialPool, categories, onCreated }: Props) {
  const t = useLocatingT();
  const errorText = useErrorText();
  const [draft, setDraft] = useState(empty);
  const [poolId, setPoolId] = useState(initialPool);
  const [costInvalid, setCostInvalid] = useState(false);
  const [result, create] = useMutation(CreateProjectMutation);
  const refused = fieldOf(errorField(result.error));
  const errorAt = (field: string) =>
    result.error && refused === field ? errorText(result.error) : null;
  const update = (change: Partial<typeof empty>) => setDraft((d) => ({ ...d, ...change }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const costGrosze = groszeOf(draft.cost);
    setCostInvalid(costGrosze === null);
    if (costGrosze === null) return;
    const input = {
      title: draft.title,
      description: draft.description,
      costGrosze,
      categories: draft.categories,
    };
    const { data } = await create({ poolId, input });
    if (!data) return;
    setDraft(empty);
    onCreated(data.createBudgetProject);
  };
  return (
    <details className="locating-new">
      <summary>{t('new.heading')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('new.intro')}</p>
        <Field
          label={t('new.title')}
          value={draft.title}
          onChange={(e) => update({ title: e.target.value })}
          error={errorAt('title')}
          required
        />
        <TextAreaField
          label={t('new.description')}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
          error={errorAt('description')}
          rows={4}
        />
        <SelectField
          label={t('filters.pool')}
          value={poolId}
          onChange={(e) => setPoolId(e.target.value)}
          error={errorAt('pool')}
        >
          {pools.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('new.cost')}
          hint={t('new.costHint')}
          inputMode="decimal"
          value={draft.cost}
          onChange={(e) => update({ cost: e.target.value })}
          error={costInvalid ? t('new.costInvalid') : errorAt('costGrosze')}
          required
        />
        <TermsField
          legend={t('new.categories')}
          vocabulary={categories}
          value={draft.categories}
          onChange={(value) => update({ categories: value })}
          disabled={false}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('new.submit')}
        </button>
        {result.error && !refused && <p role="alert">{errorText(result.error)}</p>}
      </form>
    </details>
  );
}
