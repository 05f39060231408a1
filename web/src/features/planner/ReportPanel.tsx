import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime, formatNumber } from '../../ui/format';
import { usePlannerT } from './planner.i18n';
import {
  PlannerCommentsQuery,
  type PlannerConsultation,
  PublishReportMutation,
} from './planner.queries';

function Publish({ consultationId }: { consultationId: string }) {
  const t = usePlannerT();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const [{ fetching }, publish] = useMutation(PublishReportMutation);
  const confirm = async () => {
    const result = await publish({ consultationId });
    setProblem(result.error ? errorText(result.error) : '');
    setConfirming(false);
  };
  return (
    <div className="planner-publish">
      {confirming ? (
        <div role="alertdialog" aria-labelledby="planner-publish-question">
          <p id="planner-publish-question">{t('report.confirm')}</p>
          <div className="planner-actions">
            <button type="button" className="planner-primary" disabled={fetching} onClick={confirm}>
              {t('report.confirmYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('response.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('report.publish')}
        </button>
      )}
      {problem && (
        <p className="planner-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Exports of the comments, the draft report, and publishing it once the consultation closed. */
export function ReportPanel({ consultation }: { consultation: PlannerConsultation }) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const { id, status, reportPublishedAt } = consultation;
  const [{ data }] = useQuery({
    query: PlannerCommentsQuery,
    variables: { consultationId: id, filter: { hasResponse: false }, first: 1, withTotal: true },
    requestPolicy: 'cache-and-network',
  });
  const unanswered = data?.comments.totalCount;
  return (
    <section className="planner-section" aria-labelledby="planner-report-heading">
      <h2 id="planner-report-heading">{t('report.heading')}</h2>
      <ul className="planner-links">
        <li>
          <a href={`/consultations/${id}/comments.csv`} download>
            {t('report.csv')}
          </a>
        </li>
        <li>
          <a href={`/consultations/${id}/comments.geojson`} download>
            {t('report.geojson')}
          </a>
        </li>
        {!reportPublishedAt && (
          <li>
            <a href={`/consultations/${id}/report`}>{t('report.draft')}</a>
          </li>
        )}
      </ul>
      {reportPublishedAt ? (
        <p>
          {t('report.published', { date: formatDateTime(reportPublishedAt, lang) })}{' '}
          <a href={`/consultations/${id}/report`}>{t('report.open')}</a>
        </p>
      ) : (
        <>
          {status !== 'CLOSED' && <p>{t('report.notClosed')}</p>}
          {unanswered !== undefined && unanswered > 0 && (
            <p>{t('report.unanswered', { count: formatNumber(unanswered, lang) })}</p>
          )}
          {status === 'CLOSED' && <Publish consultationId={id} />}
        </>
      )}
    </section>
  );
}
