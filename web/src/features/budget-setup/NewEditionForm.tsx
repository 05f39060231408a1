import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { refusedField } from '../people/refusalField';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { CreateEditionMutation } from './budgetSetup.queries';
import { PhasesFields } from './PhasesFields';
import { RulesFields } from './RulesFields';
import {
  badNumber,
  emptyRules,
  type FormProblem,
  phasesInput,
  phasesOf,
  rulesInput,
} from './setupDraft';

/** Creates an edition with its rules and schedule, then opens its set-up page. */
export function NewEditionForm() {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [rules, setRules] = useState(() => emptyRules(new Date().getFullYear() + 1));
  const [phases, setPhases] = useState(() => phasesOf([]));
  const [problem, setProblem] = useState<FormProblem>(null);
  const [{ fetching }, create] = useMutation(CreateEditionMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = rulesInput(rules);
    const bad = badNumber(input);
    if (bad) return setProblem({ field: bad, text: t('problem.number') });
    const schedule = phasesInput(phases);
    if (schedule.missing) {
      return setProblem({
        field: null,
        text: t('phases.missing', { phase: t(`phase.${schedule.missing}`) }),
      });
    }
    const result = await create({ input: { ...input, phases: schedule.phases } });
    if (result.error) {
      const field = refusedField(result.error, Object.keys(input));
      return setProblem({ field, text: errorText(result.error) });
    }
    navigate(`/staff/budget/${result.data?.createBudgetEdition.id}`);
  };
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('new.heading')}>
      <h2>{t('new.heading')}</h2>
      <RulesFields draft={rules} onChange={setRules} problem={problem} />
      <h3>{t('phases.heading')}</h3>
      <PhasesFields drafts={phases} onChange={setPhases} />
      <FormError message={problem?.field === null ? problem.text : null} />
      <button type="submit" disabled={fetching}>
        {t('new.submit')}
      </button>
    </form>
  );
}
