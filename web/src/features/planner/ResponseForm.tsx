import { type FormEvent, useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { usePlannerT } from './planner.i18n';
import type { ResponseDecision } from './planner.queries';

export const decisions: ResponseDecision[] = [
  'ACCEPTED',
  'PARTIALLY_ACCEPTED',
  'REJECTED',
  'NOT_APPLICABLE',
  'ANSWERED',
];

export type ResponseFormProps = {
  legend: string;
  submitLabel: string;
  initial?: { decision: ResponseDecision; justification: string };
  /** Resolves to the error when it failed; what was typed stays for another try. */
  onSubmit: (
    decision: ResponseDecision,
    justification: string,
  ) => Promise<CombinedError | undefined>;
  onCancel?: () => void;
};

/** A decision and its justification, for one comment or for several at once. */
export function ResponseForm({
  legend,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: ResponseFormProps) {
  const t = usePlannerT();
  const errorText = useErrorText();
  const term = useTerms();
  const id = useId();
  const [decision, setDecision] = useState<ResponseDecision>(initial?.decision ?? 'REJECTED');
  const [justification, setJustification] = useState(initial?.justification ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (justification.trim() === '') {
      setProblem(t('response.required'));
      return;
    }
    setBusy(true);
    const error = await onSubmit(decision, justification.trim());
    setBusy(false);
    setProblem(error ? errorText(error) : null);
  };

  return (
    <form className="planner-response-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <label htmlFor={`${id}-decision`}>{t('response.decision')}</label>
        <select
          id={`${id}-decision`}
          value={decision}
          onChange={(e) => setDecision(e.target.value as ResponseDecision)}
        >
          {decisions.map((d) => (
            <option key={d} value={d}>
              {upperFirst(term(`decision.${d}`))}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-justification`}>{t('response.justification')}</label>
        <textarea
          id={`${id}-justification`}
          rows={3}
          value={justification}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setJustification(e.target.value)}
        />
        {problem && (
          <p id={`${id}-problem`} className="planner-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="planner-actions">
          <button type="submit" className="planner-primary" disabled={busy}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('response.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
