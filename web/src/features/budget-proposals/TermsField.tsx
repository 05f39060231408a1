import { useId } from 'react';
import { termsOf } from './proposalForm';
import { useProposalT } from './proposals.i18n';

type Props = {
  legend: string;
  /** The edition's terms to choose from; none lets the resident type their own. */
  vocabulary: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
  disabled: boolean;
};

/** Categories or target groups: checkboxes of the edition's terms, or typed ones. */
export function TermsField({ legend, vocabulary, value, onChange, disabled }: Props) {
  const t = useProposalT();
  const id = useId();
  if (vocabulary.length === 0) {
    return (
      <div className="field">
        <label htmlFor={id}>{legend}</label>
        <input
          id={id}
          defaultValue={value.join(', ')}
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          onChange={(event) => onChange(termsOf(event.target.value))}
        />
        <p id={`${id}-hint`} className="hint">
          {t('termsHint')}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="proposal-terms">
      <legend>{legend}</legend>
      {vocabulary.map((term) => (
        <label key={term}>
          <input
            type="checkbox"
            checked={value.includes(term)}
            disabled={disabled}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...value, term] : value.filter((chosen) => chosen !== term),
              )
            }
          />
          {term}
        </label>
      ))}
    </fieldset>
  );
}
