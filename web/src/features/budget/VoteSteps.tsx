import { useT } from '../../i18n/I18nProvider';

export type VoteStep = 'choose' | 'review' | 'done';
const steps: readonly VoteStep[] = ['choose', 'review', 'done'];

/** Where the voter is: choose, review, confirmation. */
export function VoteSteps({ step }: { step: VoteStep }) {
  const t = useT();
  return (
    <ol className="budget-steps" aria-label={t('budget.vote.steps')}>
      {steps.map((each) => (
        <li key={each} aria-current={each === step ? 'step' : undefined}>
          {t(`budget.vote.step.${each}`)}
        </li>
      ))}
    </ol>
  );
}
