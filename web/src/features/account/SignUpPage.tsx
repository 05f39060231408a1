import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { errorTexts } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useAccountT } from './account.i18n';
import { SignUpMutation } from './account.queries';
import { accountError, minimumPasswordLength } from './accountErrors';
import { Field } from './Field';
import { FormError } from './FormError';
import { BirthYearField, DisplayNameField } from './ProfileFields';
import { signUpProblems } from './signUpChecks';
import { useFocusInvalid } from './useFocusInvalid';
import { useSignedIn } from './useSignedIn';
import './account.css';

const blank = { email: '', password: '', displayName: '', birthYear: '' };

/** A new resident's account; signed in at once, then on to `?next=` or the account page. */
export function SignUpPage() {
  const { lang } = useI18n();
  const t = useAccountT();
  useDocumentTitle(t('signUp.heading'));
  const [params] = useSearchParams();
  const next = params.get('next');
  const signedIn = useSignedIn(next);
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [values, setValues] = useState(blank);
  // Each field's problem, and one about the whole form (null: none).
  const [failures, setFailures] = useState<{
    fields: Record<string, string>;
    form: string | null;
  }>();
  const form = useRef<HTMLFormElement>(null);
  const tError = errorTexts.useT();
  const messages = {
    email: tError('EMAIL_INVALID'),
    password: tError('PASSWORD_TOO_SHORT', { min: minimumPasswordLength }),
  };
  useFocusInvalid(form, failures);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = signUpProblems(values, messages);
    if (Object.keys(problems).length > 0) return setFailures({ fields: problems, form: null });
    const birthYear = values.birthYear.trim() === '' ? null : Number(values.birthYear);
    const result = await signUp({ input: { ...values, birthYear } });
    if (!result.error) return signedIn();
    const { field, message } = accountError(result.error, lang);
    setFailures(
      field ? { fields: { [field]: message }, form: null } : { fields: {}, form: message },
    );
  };
  const field = (name: keyof typeof blank) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setValues({ ...values, [name]: event.target.value }),
    error: failures?.fields[name] ?? null,
  });

  return (
    <div className="page account-page">
      <h1>{t('signUp.heading')}</h1>
      <form ref={form} className="account-form" onSubmit={submit} noValidate>
        <FormError message={failures?.form ?? null} />
        <Field
          label={t('field.email')}
          type="email"
          autoComplete="email"
          required
          {...field('email')}
        />
        <Field
          label={t('field.password')}
          hint={t('field.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          minLength={minimumPasswordLength}
          {...field('password')}
        />
        <DisplayNameField {...field('displayName')} />
        <BirthYearField {...field('birthYear')} />
        <button type="submit" disabled={fetching}>
          {fetching ? t('sending') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>
          {t('signUp.toSignIn')}
        </Link>
      </p>
    </div>
  );
}
