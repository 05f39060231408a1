import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { TextAreaField } from '../staff/forms/fields';
import { decisionInput, draftProblem, type EvaluationDraft } from './evaluationDraft';
import { itemKey, useVerificationT } from './verification.i18n';
import { DecideEvaluationMutation, type Evaluation } from './verification.queries';

type Props = { projectId: string; title: string; evaluation: Evaluation; onDone: () => void };

const decisions = ['POSITIVE', 'NEGATIVE'] as const;

/** The checklist, decision and public justification of a project's open evaluation. */
export function EvaluationForm({ projectId, title, evaluation, onDone }: Props) {
  const t = useVerificationT();
  const errorText = useErrorText();
  const items = evaluation.checklist.map((c) => c.item);
  const [draft, setDraft] = useState<EvaluationDraft>({
    met: new Set(evaluation.checklist.filter((c) => c.met).map((c) => c.item)),
    decision: '',
    justification: '',
  });
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [{ fetching }, decide] = useMutation(DecideEvaluationMutation);
  const toggle = (item: string) => {
    const met = new Set(draft.met);
    if (!met.delete(item)) met.add(item);
    setDraft({ ...draft, met });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = draftProblem(draft);
    if (missing || draft.decision === '') {
      const field = missing ?? 'decision';
      return setProblem({ field, text: t(`form.${field}Required`) });
    }
    const input = decisionInput(items, draft, draft.decision);
    const result = await decide({ projectId, input });
    if (result.error) return setProblem({ field: null, text: errorText(result.error) });
    setProblem(null);
    onDone();
  };
  const heading = t('form.heading', { stage: t(`stage.${evaluation.stage}`), title });
  return (
    <form className="verification-form" onSubmit={submit} noValidate aria-label={heading}>
      <fieldset>
        <legend>{t('form.checklist')}</legend>
        {items.map((item) => (
          <label key={item} className="verification-check">
            <input type="checkbox" checked={draft.met.has(item)} onChange={() => toggle(item)} />
            {t(itemKey(item))}
          </label>
        ))}
      </fieldset>
      <fieldset
        aria-describedby={problem?.field === 'decision' ? `${projectId}-decision` : undefined}
      >
        <legend>{t('form.decision')}</legend>
        {decisions.map((decision) => (
          <label key={decision} className="verification-check">
            <input
              type="radio"
              name={`decision-${projectId}`}
              checked={draft.decision === decision}
              onChange={() => setDraft({ ...draft, decision })}
            />
            {t(`decision.${decision}`)}
          </label>
        ))}
        {problem?.field === 'decision' && (
          <p id={`${projectId}-decision`} className="account-error">
            {problem.text}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('form.justification')}
        hint={t('form.justificationHint')}
        value={draft.justification}
        maxLength={5000}
        rows={3}
        onChange={(event) => setDraft({ ...draft, justification: event.target.value })}
        error={problem?.field === 'justification' ? problem.text : null}
      />
      <FormError message={problem?.field === null ? problem.text : null} />
      <button type="submit" disabled={fetching}>
        {t('form.submit')}
      </button>
    </form>
  );
}
