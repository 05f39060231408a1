import { useState } from 'react';
import type { CombinedError } from 'urql';
import { refusalOf } from '../../../errors/apiError';
import { errorText } from '../../../errors/errors.i18n';
import { useI18n } from '../../../i18n/I18nProvider';

export type FormErrors<Field extends string> = {
  /** The message beside a field, if any. */
  at: (field: Field) => string | null;
  /** The message about the whole form, if any. */
  formWide: string | null;
  /** Bumped on every failure, so focus can move to the first invalid field. */
  failure: number;
  /** The API's refusal, at the form field its `extensions.field` names (else form-wide). */
  fromApi: (error: CombinedError, fieldOf: (apiField?: string) => Field | null) => void;
  /** The form's own finding, already worded. */
  fromForm: (field: Field, message: string) => void;
  clear: () => void;
};

/** A form's refusals, one at a time, each shown at its field. */
export function useFormErrors<Field extends string>(): FormErrors<Field> {
  const { lang } = useI18n();
  const [state, setState] = useState<{ field: Field | null; message: string } | null>(null);
  const [failure, setFailure] = useState(0);
  const set = (field: Field | null, message: string) => {
    setState({ field, message });
    setFailure((n) => n + 1);
  };
  return {
    at: (field) => (state?.field === field ? state.message : null),
    formWide: state && state.field === null ? state.message : null,
    failure,
    fromApi: (error, fieldOf) => set(fieldOf(refusalOf(error)?.field), errorText(error, lang)),
    fromForm: set,
    clear: () => setState(null),
  };
}

/** The form field an API path names (`input.title`, `input.topics.2`), if the form has it. */
export function fieldNamed<Field extends string>(fields: readonly Field[]) {
  return (apiField: string | undefined): Field | null => {
    if (!apiField) return null;
    const name = apiField.replace(/^input\./, '').split(/[.[]/)[0] ?? '';
    return (fields as readonly string[]).includes(name) ? (name as Field) : null;
  };
}
