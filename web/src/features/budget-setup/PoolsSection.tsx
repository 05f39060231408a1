import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { Field } from '../account/Field';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { type SetupEdition, UpdatePoolMutation } from './budgetSetup.queries';
import { plnToGrosze } from './setupDraft';

type Pool = SetupEdition['pools'][number];

/** The edition's pools, each with its amount; admins change an amount (updateBudgetPool). */
export function PoolsSection({ pools, editable }: { pools: readonly Pool[]; editable: boolean }) {
  const t = useBudgetSetupT();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="pools-heading">
      <h2 id="pools-heading">{t('pools.heading')}</h2>
      {pools.length === 0 && <p>{t('pools.empty')}</p>}
      <ul>
        {pools.map((pool) => (
          <li key={pool.id}>
            {pool.name} ({t(`pools.kind.${pool.kind}`)}): {formatMoney(pool.amount.pln, lang)}
            {editable && <PoolAmountForm pool={pool} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PoolAmountForm({ pool }: { pool: Pool }) {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const [amount, setAmount] = useState(pool.amount.pln.replace('.', ','));
  const [problem, setProblem] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [{ fetching }, update] = useMutation(UpdatePoolMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const grosze = plnToGrosze(amount);
    if (!grosze) return setProblem(t('pools.amountInvalid'));
    const result = await update({ id: pool.id, input: { name: pool.name, amountGrosze: grosze } });
    if (result.error) return setProblem(errorText(result.error));
    setProblem(null);
    setChanged(true);
  };
  return (
    <form onSubmit={submit} noValidate className="setup-pool-amount">
      <Field
        label={t('pools.amountOf', { name: pool.name })}
        value={amount}
        inputMode="decimal"
        onChange={(e) => setAmount(e.target.value)}
        error={problem}
      />
      <p role="status">{changed && t('pools.changed', { name: pool.name })}</p>
      <button type="submit" disabled={fetching}>
        {t('pools.change')}
      </button>
    </form>
  );
}
