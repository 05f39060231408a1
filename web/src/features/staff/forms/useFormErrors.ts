import { useState } from 'react';
import type { CombinedError } from 'urql';
import { refusalOf } from '../../../errors/apiError';
import { errorText } from '../../../errors/errors.i18n';
import { useI18n } from '../../../i18n/I18nProvider';
import { useStaffT } from '../staff.i18n';
import type { FormField, FormProblem } from './consultationForm';

export type FormErrors = {
  /** The message beside a field, if any. */
  at: (field: FormField) => string | null;
  /** The message about the whole form, if any. */
  formWide: string | null;
  /** Bumped on every failure, so focus can move to the first invalid field. */
  failure: number;
  fromApi: (error: CombinedError, fieldOf: (apiField?: string) => FormField | null) => void;
  fromForm: (problem: FormProblem) => void;
  clear: () => void;
};

/** A form's refusals: the API's at the field it names (else form-wide), and its own checks. */
export function useFormErrors(): FormErrors {
  const t = useStaffT();
  const { lang } = useI18n();
  const [state, setState] = useState<{ field: FormField | null; message: string } | null>(null);
  const [failure, setFailure] = useState(0);
  const set = (field: FormField | null, message: string) => {
    setState({ field, message });
    setFailure((n) => n + 1);
  };
  return {
    at: (field) => (state?.field === field ? state.message : null),
    formWide: state && state.field === null ? state.message : null,
    failure,
    fromApi: (error, fieldOf) => set(fieldOf(refusalOf(error)?.field), errorText(error, lang)),
    fromForm: (problem) => set(problem.field, t(`form.problem.${problem.problem}`)),
    clear: () => setState(null),
  };
}
