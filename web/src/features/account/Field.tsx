import { type InputHTMLAttributes, useId } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** The API's or the form's complaint about this field; shown beside it. */
  error?: string | null;
};

/** A labelled input with its hint and error tied to it for screen readers. */
export function Field({ label, hint, error, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="account-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="account-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="account-error">
          {error}
        </p>
      )}
    </div>
  );
}
