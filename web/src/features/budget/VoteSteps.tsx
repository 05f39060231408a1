import { useBudgetT } from './budget.i18n';

export type VoteStep = 'choose' | 'review' | 'done';
const steps: readonly VoteStep[] = ['choose', 'review', 'done'];

/** Where the voter is: choose, review, confirmation. */
export function VoteSteps({ step }: { step: VoteStep }) {
  const t = useBudgetT();
  return (
    <ol className="budget-steps" aria-label={t('vote.steps')}>
      {steps.map((each) => (
        <li key={each} aria-current={each === step ? 'step' : undefined}>
          {t(`vote.step.${each}`)}
        </li>
      ))}
    </ol>
  );
}
