import {
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import '../../account/account.css';

type Described = { label: string; hint?: string; error?: string | null };

/** The hint and error ids of a field and what aria-describedby should say. */
function describedBy(id: string, { hint, error }: Described) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

function HintAndError({ id, hint, error }: { id: string } & Omit<Described, 'label'>) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="account-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="account-error">
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled textarea, like account's Field for inputs. */
export function TextAreaField({
  label,
  hint,
  error,
  ...textarea
}: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className="account-field staff-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, hint, error })}
        {...textarea}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled select with its hint and error. */
export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: Described & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className="account-field staff-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, hint, error })}
        {...select}
      >
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of radio buttons (or other controls) under a legend, with its error. */
export function FieldSet({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className="staff-fieldset"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={`${id}-error`} className="account-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
