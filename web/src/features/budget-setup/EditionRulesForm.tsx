import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { refusedField } from '../people/refusalField';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { SetPhasesMutation, type SetupEdition, UpdateEditionMutation } from './budgetSetup.queries';
import { PhasesFields } from './PhasesFields';
import { RulesFields } from './RulesFields';
import {
  badNumber,
  type FormProblem,
  phasesInput,
  phasesOf,
  rulesInput,
  rulesOf,
} from './setupDraft';

type Props = { edition: SetupEdition; onSaved: () => void };

/** Renames the edition and changes its rules (updateBudgetEdition). */
export function EditionRulesForm({ edition, onSaved }: Props) {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const [rules, setRules] = useState(() => rulesOf(edition));
  const [problem, setProblem] = useState<FormProblem>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateEditionMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = rulesInput(rules);
    const bad = badNumber(input);
    if (bad) return setProblem({ field: bad, text: t('problem.number') });
    const result = await update({ id: edition.id, input });
    if (result.error) {
      const field = refusedField(result.error, Object.keys(input));
      return setProblem({ field, text: errorText(result.error) });
    }
    setProblem(null);
    setSaved(true);
    onSaved();
  };
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('rules.heading')}>
      <h2>{t('rules.heading')}</h2>
      <RulesFields draft={rules} onChange={setRules} problem={problem} />
      <FormError message={problem?.field === null ? problem.text : null} />
      <p role="status">{saved && t('rules.saved')}</p>
      <button type="submit" disabled={fetching}>
        {t('rules.submit')}
      </button>
    </form>
  );
}

/** Replaces the edition's schedule (setBudgetEditionPhases), typed on Warsaw's clock. */
export function EditionPhasesForm({ edition, onSaved }: Props) {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const [phases, setPhases] = useState(() => phasesOf(edition.phases));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(SetPhasesMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const schedule = phasesInput(phases);
    if (schedule.missing) {
      return setProblem(t('phases.missing', { phase: t(`phase.${schedule.missing}`) }));
    }
    const result = await save({ id: edition.id, phases: schedule.phases });
    if (result.error) return setProblem(errorText(result.error));
    setProblem(null);
    setSaved(true);
    onSaved();
  };
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('phases.heading')}>
      <h2>{t('phases.heading')}</h2>
      <PhasesFields drafts={phases} onChange={setPhases} />
      <FormError message={problem} />
      <p role="status">{saved && t('phases.saved')}</p>
      <button type="submit" disabled={fetching}>
        {t('phases.submit')}
      </button>
    </form>
  );
}
