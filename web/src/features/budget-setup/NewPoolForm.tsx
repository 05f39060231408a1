import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import { refusedField } from '../people/refusalField';
import { SelectField } from '../people/SelectField';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { CreatePoolMutation } from './budgetSetup.queries';
import { type FormProblem, plnToGrosze } from './setupDraft';

type Props = {
  editionId: string;
  districts: readonly { id: string; name: string }[];
  units: readonly { id: string; name: string; area: { id: string } | null }[];
  onCreated: () => void;
};

const fields = ['kind', 'areaId', 'unitId', 'name', 'amountGrosze'];

/** Adds a district pool (owned by its district office) or the city-wide pool (createBudgetPool). */
export function NewPoolForm({ editionId, districts, units, onCreated }: Props) {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const [kind, setKind] = useState<'AREA' | 'CITYWIDE'>('AREA');
  const [areaId, setAreaId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<FormProblem>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreatePoolMutation);
  const chooseDistrict = (id: string) => {
    setAreaId(id);
    setUnitId(units.find((u) => u.area?.id === id)?.id ?? '');
    setName(districts.find((d) => d.id === id)?.name ?? name);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const grosze = plnToGrosze(amount);
    if (kind === 'AREA' && !areaId)
      return setProblem({ field: 'areaId', text: t('pool.chooseDistrict') });
    if (!unitId) return setProblem({ field: 'unitId', text: t('pool.chooseUnit') });
    if (!name.trim()) return setProblem({ field: 'name', text: t('pool.nameMissing') });
    if (!grosze) return setProblem({ field: 'amountGrosze', text: t('pools.amountInvalid') });
    const input = {
      editionId,
      kind,
      areaId: kind === 'AREA' ? areaId : null,
      unitId,
      name,
      amountGrosze: grosze,
    };
    const result = await create({ input });
    if (result.error) {
      return setProblem({
        field: refusedField(result.error, fields),
        text: errorText(result.error),
      });
    }
    setProblem(null);
    setCreated(name);
    setAreaId('');
    setName('');
    setAmount('');
    onCreated();
  };
  const errorAt = (field: string) => (problem?.field === field ? problem.text : null);
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('pool.heading')}>
      <h2>{t('pool.heading')}</h2>
      <SelectField
        label={t('pool.kind')}
        value={kind}
        options={(['AREA', 'CITYWIDE'] as const).map((k) => ({
          value: k,
          label: t(`pools.kind.${k}`),
        }))}
        onChange={(e) => setKind(e.target.value as typeof kind)}
        error={errorAt('kind')}
      />
      {kind === 'AREA' && (
        <SelectField
          label={t('pool.district')}
          value={areaId}
          placeholder={t('pool.choose')}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(e) => chooseDistrict(e.target.value)}
          error={errorAt('areaId')}
        />
      )}
      <SelectField
        label={t('pool.unit')}
        value={unitId}
        placeholder={t('pool.choose')}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(e) => setUnitId(e.target.value)}
        error={errorAt('unitId')}
      />
      <Field
        label={t('pool.name')}
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        error={errorAt('name')}
      />
      <Field
        label={t('pool.amount')}
        value={amount}
        inputMode="decimal"
        onChange={(e) => setAmount(e.target.value)}
        error={errorAt('amountGrosze')}
      />
      <FormError message={problem?.field === null ? problem.text : null} />
      <p role="status">{created && t('pool.created', { name: created })}</p>
      <button type="submit" disabled={fetching}>
        {t('pool.submit')}
      </button>
    </form>
  );
}
