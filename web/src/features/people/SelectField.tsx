import { type SelectHTMLAttributes, useId } from 'react';

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("choose…"); none when a value is always chosen. */
  placeholder?: string;
  hint?: string;
  error?: string | null;
};

/** A labelled select with its hint and error tied to it, as `Field` does for inputs. */
export function SelectField({ label, options, placeholder, hint, error, ...select }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="account-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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
    </div>
  );
}
