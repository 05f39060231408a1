import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useAccountT } from './account.i18n';
import { SignInMutation } from './account.queries';
import { type AccountError, accountError } from './accountErrors';
import { Field } from './Field';
import { FormError } from './FormError';
import { useFocusInvalid } from './useFocusInvalid';
import { useSignedIn } from './useSignedIn';
import './account.css';

/** Sign in with email and password, then back where the user came from (`?next=`). */
export function SignInPage() {
  const { lang } = useI18n();
  const t = useAccountT();
  useDocumentTitle(t('signIn.heading'));
  const [params] = useSearchParams();
  const next = params.get('next');
  const signedIn = useSignedIn(next);
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<AccountError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, failure);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signIn({ email, password });
    if (result.error) return setFailure(accountError(result.error, lang));
    await signedIn();
  };
  const on = (field: string) => (failure?.field === field ? failure.message : null);

  return (
    <div className="page account-page">
      <h1>{t('signIn.heading')}</h1>
      <form ref={form} className="account-form" onSubmit={submit} noValidate>
        <FormError message={failure && !failure.field ? failure.message : null} />
        <Field
          label={t('field.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={on('email')}
        />
        <Field
          label={t('field.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={on('password')}
        />
        <button type="submit" disabled={fetching}>
          {fetching ? t('sending') : t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')}{' '}
        <Link to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
          {t('signIn.toSignUp')}
        </Link>
      </p>
    </div>
  );
}
