import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ProjectStatus } from '../budget/ProjectStatus';
import { AppealDecision } from './AppealDecision';
import { useVerificationT } from './verification.i18n';
import { type AppealEntry, AppealsQuery } from './verification.queries';
import '../account/account.css';
import './verification.css';

/** /staff/budget/:editionId/appeals — the office decides the authors' appeals. */
export function AppealsPage() {
  const t = useVerificationT();
  useDocumentTitle(t('appeals.title'));
  const { editionId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AppealsQuery,
    variables: { editionId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div className="staff-content verification-page">
      <h1>{t('appeals.title')}</h1>
      <p className="verification-meta">{t('appeals.intro')}</p>
      <QueryState fetching={fetching && !data} error={error} onRetry={refresh}>
        {data && (
          <>
            <p>
              <Link to={`/staff/budget/${editionId}/verification`}>{t('title')}</Link>
            </p>
            {data.budgetAppeals.length === 0 && <p>{t('appeals.empty')}</p>}
            <ul className="verification-list">
              {data.budgetAppeals.map((entry) => (
                <AppealItem key={entry.appeal.id} entry={entry} onDecided={refresh} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </div>
  );
}

function AppealItem({ entry, onDecided }: { entry: AppealEntry; onDecided: () => void }) {
  const t = useVerificationT();
  const { lang } = useI18n();
  const { appeal, project, evaluation } = entry;
  return (
    <li className="verification-item">
      <h2>{project.title}</h2>
      <p className="verification-meta">
        {entry.poolName} · <ProjectStatus status={project.status} />
      </p>
      <p className="verification-meta">
        {t('appeals.evaluation', {
          stage: t(`stage.${evaluation.stage}`),
          justification: evaluation.justification ?? '',
        })}
      </p>
      <h3>{t('appeals.text', { date: formatDate(appeal.createdAt, lang) })}</h3>
      <p className="verification-meta">{appeal.text}</p>
      {appeal.files.length > 0 && (
        <>
          <h3>{t('appeals.files')}</h3>
          <ul>
            {appeal.files.map((file) => (
              <li key={file.id}>
                <a href={file.url}>{file.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {appeal.decision ? (
        <p>
          {t('appeals.decided', {
            decision: t(`appeals.decision.${appeal.decision}`),
            justification: appeal.justification ?? '',
          })}
        </p>
      ) : (
        <AppealDecision appealId={appeal.id} title={project.title} onDone={onDecided} />
      )}
    </li>
  );
}
