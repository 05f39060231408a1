import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../../errors/errors.i18n';
import { upperFirst, useTerms } from '../../../terms/terms.i18n';
import { useStaffT } from '../staff.i18n';
import { ChangeStatusMutation, type StaffConsultation } from './consultations.queries';
import { afterSteps, nextStep, stepBlocker, stepStates } from './statusSteps';

function AfterSteps({ consultation }: { consultation: StaffConsultation }) {
  const t = useStaffT();
  const after = afterSteps(consultation.status);
  if (after === 'publishReport') {
    return (
      <p>
        {t('status.publishHint')}{' '}
        <Link to={`/consultations/${consultation.id}/feedback`}>{t('status.toPlanner')}</Link>
      </p>
    );
  }
  if (after === 'readReport') {
    return (
      <p>
        <a href={`/consultations/${consultation.id}/report`}>{t('status.readReport')}</a>
      </p>
    );
  }
  return null;
}

/** Where the consultation is on its way, and its next step behind a confirmation. */
export function StatusSteps({ consultation }: { consultation: StaffConsultation }) {
  const t = useStaffT();
  const terms = useTerms();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, change] = useMutation(ChangeStatusMutation);
  const step = nextStep(consultation.status);
  const blocker = stepBlocker(consultation);
  const confirm = async () => {
    if (!step) return;
    const result = await change({ id: consultation.id, status: step.to });
    if (!result.error) setConfirming(false);
  };
  return (
    <section className="staff-section" aria-labelledby="staff-status">
      <h2 id="staff-status">{t('status.heading')}</h2>
      <ol className="staff-steps">
        {stepStates(consultation.status).map(({ status, state }) => (
          <li
            key={status}
            className={`staff-step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {upperFirst(terms(`consultationStatus.${status}`))}
          </li>
        ))}
      </ol>
      {step && confirming && (
        <div role="alertdialog" aria-labelledby="staff-step-question" className="staff-confirm">
          <p id="staff-step-question">{t(`status.confirm.${step.action}`)}</p>
          <button type="button" className="staff-primary" disabled={fetching} onClick={confirm}>
            {t(`status.do.${step.action}`)}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('status.cancel')}
          </button>
        </div>
      )}
      {step && !confirming && (
        <p>
          <button type="button" disabled={blocker !== null} onClick={() => setConfirming(true)}>
            {t(`status.do.${step.action}`)}…
          </button>
          {blocker && <span className="account-hint"> {t('status.datesRequired')}</span>}
        </p>
      )}
      {error && (
        <p role="alert" className="account-error">
          {errorText(error)}
        </p>
      )}
      <AfterSteps consultation={consultation} />
    </section>
  );
}
