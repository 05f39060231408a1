import { type FormEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { hasRole, type SessionUser } from '../../session/useSession';
import { formatDate } from '../../ui/format';
import { useAccountT } from './account.i18n';
import {
  type AccessToken,
  CreateAccessTokenMutation,
  MyAccessTokensQuery,
  RevokeAccessTokenMutation,
} from './account.queries';
import { type AccountError, accountError } from './accountErrors';
import { Field } from './Field';
import { FormError } from './FormError';
import { useFocusInvalid } from './useFocusInvalid';

/**
 * How long a new token lasts, in days; null: until revoked. The API allows a year at most, by
 * its own clock: no choice sits at that edge, where a browser's clock a little ahead is refused.
 */
const lifetimes = [30, 90, 180, null] as const;
type Lifetime = (typeof lifetimes)[number];
type Scope = AccessToken['scopes'][number];

const expiryOf = (days: Lifetime) =>
  days === null ? null : new Date(Date.now() + days * 86_400_000).toISOString();

/** Personal access tokens for API clients: listed, made (the secret shown once) and revoked. */
export function AccessTokens({ user }: { user: SessionUser }) {
  const t = useAccountT();
  const [{ data }] = useQuery({ query: MyAccessTokensQuery });
  const [created, setCreated] = useState<string | null>(null);
  const tokens = data?.myAccessTokens ?? [];
  return (
    <section className="account-section" aria-labelledby="account-tokens">
      <h2 id="account-tokens">{t('tokens')}</h2>
      <p>{t('tokensInfo')}</p>
      {tokens.length === 0 ? <p>{t('tokensNone')}</p> : <TokenList tokens={tokens} />}
      {created ? (
        <CreatedToken token={created} onDone={() => setCreated(null)} />
      ) : (
        <NewTokenForm admin={hasRole(user, 'ADMIN')} onCreated={setCreated} />
      )}
    </section>
  );
}

function TokenList({ tokens }: { tokens: AccessToken[] }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [{ fetching }, revokeToken] = useMutation(RevokeAccessTokenMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const date = (iso: string | null | undefined, none: string) =>
    iso ? formatDate(iso, lang) : none;
  const revoke = async (id: string) => {
    const result = await revokeToken({ id });
    setFailure(result.error ? accountError(result.error, lang).message : null);
  };
  return (
    <>
      <ul className="account-tokens">
        {tokens.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong> ·{' '}
            {token.scopes.map((scope) => t(`tokenScope.${scope}`)).join(', ')}
            <br />
            {t('tokenDates', {
              created: date(token.createdAt, ''),
              expires: date(token.expiresAt, t('tokenNever')),
              used: date(token.lastUsedAt, t('tokenNotUsed')),
            })}
            <br />
            {token.revokedAt ? (
              <em>{t('tokenRevoked', { date: date(token.revokedAt, '') })}</em>
            ) : (
              <button
                type="button"
                disabled={fetching}
                aria-label={t('tokenRevokeNamed', { name: token.name })}
                onClick={() => revoke(token.id)}
              >
                {t('tokenRevoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={failure} />
    </>
  );
}

function NewTokenForm(props: { admin: boolean; onCreated: (token: string) => void }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [admin, setAdmin] = useState(false);
  const [days, setDays] = useState<Lifetime>(90);
  const [failure, setFailure] = useState<AccountError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, failure);
  const [{ fetching }, create] = useMutation(CreateAccessTokenMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scopes: Scope[] = [
      'READ',
      ...(write ? ['WRITE' as const] : []),
      ...(admin ? ['ADMIN' as const] : []),
    ];
    const result = await create({ name, scopes, expiresAt: expiryOf(days) });
    if (result.error || !result.data) {
      setFailure(result.error ? accountError(result.error, lang) : null);
      return;
    }
    // The form gives way to the secret; the next one starts empty.
    props.onCreated(result.data.createAccessToken.token);
  };

  return (
    <form ref={form} className="account-form" onSubmit={submit} noValidate>
      <h3>{t('tokenNew')}</h3>
      <Field
        label={t('tokenName')}
        hint={t('tokenNameHint')}
        name="tokenName"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={failure?.field === 'name' ? failure.message : null}
      />
      <fieldset>
        <legend>{t('tokenScopes')}</legend>
        <label>
          <input type="checkbox" checked disabled /> {t('tokenScope.READ')}
        </label>
        <label>
          <input type="checkbox" checked={write} onChange={(e) => setWrite(e.target.checked)} />{' '}
          {t('tokenScope.WRITE')}
        </label>
        {props.admin && (
          <label>
            <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />{' '}
            {t('tokenScope.ADMIN')}
          </label>
        )}
      </fieldset>
      <div className="account-field">
        <label htmlFor="token-lifetime">{t('tokenLifetime')}</label>
        <select
          id="token-lifetime"
          value={days ?? 'never'}
          onChange={(e) =>
            setDays(e.target.value === 'never' ? null : (Number(e.target.value) as Lifetime))
          }
        >
          {lifetimes.map((d) => (
            <option key={d ?? 'never'} value={d ?? 'never'}>
              {d === null ? t('tokenNever') : t('tokenDays', { count: d })}
            </option>
          ))}
        </select>
      </div>
      <FormError message={failure && failure.field !== 'name' ? failure.message : null} />
      <button type="submit" disabled={fetching}>
        {t('tokenCreate')}
      </button>
    </form>
  );
}

/** The new token's secret, this once, to copy into the client. */
function CreatedToken({ token, onDone }: { token: string; onDone: () => void }) {
  const t = useAccountT();
  return (
    <div className="account-form" role="status">
      <Field
        label={t('tokenSecret')}
        hint={t('tokenSecretHint')}
        className="account-token-secret"
        readOnly
        value={token}
      />
      <button type="button" onClick={onDone}>
        {t('tokenDone')}
      </button>
    </div>
  );
}
