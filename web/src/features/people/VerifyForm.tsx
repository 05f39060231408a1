import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import { usePeopleT } from './people.i18n';
import { VerifyResidentMutation } from './people.queries';
import { refusedField } from './refusalField';
import { SelectField } from './SelectField';
import {
  identityDocuments,
  type VerificationDraft,
  type VerificationProblem,
  verificationInput,
  verificationMethods,
  verificationProblems,
  warsawToday,
} from './verificationForm';
import type { Unit } from './verifierUnits';

type Props = {
  userId: string;
  units: readonly Unit[];
  /** The office the resident asked at, chosen first when the viewer may verify there. */
  preferredUnitId: string | null;
  onDone: () => void;
};

const fieldOf: Record<VerificationProblem, keyof VerificationDraft> = {
  method: 'method',
  document: 'document',
  checkedOn: 'checkedOn',
  future: 'checkedOn',
  unitId: 'unitId',
  birthYear: 'birthYear',
};

/** What the office saw: how, which document (never its number), on which day, at which office. */
export function VerifyForm({ userId, units, preferredUnitId, onDone }: Props) {
  const t = usePeopleT();
  const errorText = useErrorText();
  const today = warsawToday();
  const preferred =
    units.find((unit) => unit.id === preferredUnitId) ??
    (units.length === 1 ? units[0] : undefined);
  const [draft, setDraft] = useState<VerificationDraft>({
    method: 'IN_PERSON',
    document: '',
    checkedOn: today,
    unitId: preferred?.id ?? '',
    birthYear: '',
  });
  const [problems, setProblems] = useState<Partial<Record<keyof VerificationDraft, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, verify] = useMutation(VerifyResidentMutation);
  const set = (name: keyof VerificationDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = verificationProblems(draft, today);
    setProblems(Object.fromEntries(found.map((p) => [fieldOf[p], t(`verify.problem.${p}`)])));
    setFormError(null);
    if (found.length > 0) return;
    const result = await verify({ input: verificationInput(userId, draft) });
    if (!result.error) return onDone();
    const field = refusedField(result.error, Object.keys(draft));
    if (field) setProblems({ [field]: errorText(result.error) });
    else setFormError(errorText(result.error));
  };

  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('verify.heading')}>
      <h4>{t('verify.heading')}</h4>
      <SelectField
        label={t('verify.method')}
        value={draft.method}
        placeholder={t('choose')}
        options={verificationMethods.map((m) => ({ value: m, label: t(`method.${m}`) }))}
        onChange={(event) => set('method')(event.target.value)}
        error={problems.method}
      />
      <SelectField
        label={t('verify.document')}
        hint={t('verify.documentHint')}
        value={draft.document}
        placeholder={t('choose')}
        options={identityDocuments.map((d) => ({ value: d, label: t(`document.${d}`) }))}
        onChange={(event) => set('document')(event.target.value)}
        error={problems.document}
      />
      <Field
        label={t('verify.checkedOn')}
        type="date"
        max={today}
        value={draft.checkedOn}
        onChange={(event) => set('checkedOn')(event.target.value)}
        error={problems.checkedOn}
      />
      <SelectField
        label={t('verify.unit')}
        value={draft.unitId}
        placeholder={t('choose')}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        onChange={(event) => set('unitId')(event.target.value)}
        error={problems.unitId}
      />
      <Field
        label={t('verify.birthYear')}
        hint={t('verify.birthYearHint')}
        inputMode="numeric"
        maxLength={4}
        value={draft.birthYear}
        onChange={(event) => set('birthYear')(event.target.value)}
        error={problems.birthYear}
      />
      <FormError message={formError} />
      <button type="submit" disabled={fetching}>
        {t('verify.submit')}
      </button>
    </form>
  );
}
