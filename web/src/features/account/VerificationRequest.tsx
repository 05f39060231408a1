import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useAccountT } from './account.i18n';
import {
  DistrictOfficesQuery,
  MyVerificationRequestQuery,
  RequestVerificationMutation,
  WithdrawVerificationRequestMutation,
} from './account.queries';
import { accountError } from './accountErrors';
import { FormError } from './FormError';

/**
 * An unverified resident asks a district office (or any) to verify them, and sees the request
 * waiting until it is resolved; they may withdraw it.
 */
export function VerificationRequest({ email }: { email: string | null }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyVerificationRequestQuery });
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawVerificationRequestMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const request = data?.myVerificationRequest;

  const onWithdraw = async () => {
    const result = await withdraw({});
    setFailure(result.error ? accountError(result.error, lang).message : null);
    reload();
  };

  return (
    <section className="account-section" aria-labelledby="account-verification">
      <h2 id="account-verification">{t('verification.heading')}</h2>
      <QueryState fetching={fetching && !data} error={error} onRetry={reload}>
        {request ? (
          <div role="status">
            <p>
              {t(request.unit ? 'verification.pending' : 'verification.pendingAnywhere', {
                date: formatDate(request.createdAt, lang),
                office: request.unit?.name ?? '',
              })}
            </p>
            <p className="account-muted">{t('verification.bring', { email: email ?? '' })}</p>
            <FormError message={failure} />
            <button type="button" onClick={onWithdraw} disabled={withdrawing}>
              {t('verification.withdraw')}
            </button>
          </div>
        ) : (
          <AskForm onAsked={reload} />
        )}
      </QueryState>
    </section>
  );
}

function AskForm({ onAsked }: { onAsked: () => void }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [{ data }] = useQuery({ query: DistrictOfficesQuery });
  const [{ fetching }, ask] = useMutation(RequestVerificationMutation);
  const [unitId, setUnitId] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await ask({ unitId: unitId || null });
    if (result.error) return setFailure(accountError(result.error, lang).message);
    setFailure(null);
    onAsked();
  };

  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <p>{t('verification.info')}</p>
      <FormError message={failure} />
      <div className="account-field">
        <label htmlFor="verification-office">{t('verification.office')}</label>
        <select
          id="verification-office"
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
        >
          <option value="">{t('verification.anyOffice')}</option>
          {(data?.units ?? []).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={fetching}>
        {fetching ? t('sending') : t('verification.ask')}
      </button>
    </form>
  );
}
