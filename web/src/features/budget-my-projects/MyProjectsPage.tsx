import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/useSession';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ProjectStatus } from '../budget/ProjectStatus';
import { AppealForm } from './AppealForm';
import { useMyProjectsT } from './myProjects.i18n';
import { MyBudgetProjectsQuery, type MyProject } from './myProjects.queries';
import { timelineOf } from './timeline';
import '../account/account.css';
import './my-projects.css';

/** /budget/my-projects — the resident's projects, how their evaluation went, and the appeal form. */
export function MyProjectsPage() {
  const t = useMyProjectsT();
  useDocumentTitle(t('title'));
  const { user, loading } = useSession();
  return (
    <div className="page my-projects-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!user && !loading && (
        <p>
          <Link to="/sign-in?next=/budget/my-projects">{t('signIn')}</Link>
        </p>
      )}
      {user && <MyProjectList />}
    </div>
  );
}

function MyProjectList() {
  const t = useMyProjectsT();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyBudgetProjectsQuery });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const projects = data?.myBudgetProjects ?? [];
  return (
    <QueryState
      fetching={fetching && !data}
      error={error}
      empty={data ? projects.length === 0 : undefined}
      emptyText={t('empty')}
      onRetry={refresh}
    >
      <ul className="my-projects-list">
        {projects.map((mine) => (
          <MyProjectItem key={mine.project.id} mine={mine} onAppealed={refresh} />
        ))}
      </ul>
    </QueryState>
  );
}

function MyProjectItem({ mine, onAppealed }: { mine: MyProject; onAppealed: () => void }) {
  const t = useMyProjectsT();
  const { lang } = useI18n();
  const { project } = mine;
  return (
    <li className="my-projects-item">
      <h2>{project.title}</h2>
      <p className="my-projects-meta">
        {t('meta', {
          edition: mine.editionTitle,
          pool: mine.poolName,
          role: t(`role.${mine.role as 'AUTHOR'}`),
        })}{' '}
        · <ProjectStatus status={project.status} />
      </p>
      <h3>{t('timeline')}</h3>
      <ol className="my-projects-timeline">
        {timelineOf(mine).map((step) => (
          <li key={step.key}>
            {t(`step.${step.key}`, {
              date: formatDate(step.at, lang),
              outcome: step.outcome ? t(`outcome.${step.outcome}`) : '',
            })}
            {step.reason && (
              <p className="my-projects-reason">{t('reason', { reason: step.reason })}</p>
            )}
          </li>
        ))}
      </ol>
      {project.status !== 'DRAFT' && <Link to={`/budget/projects/${project.id}`}>{t('open')}</Link>}
      {mine.appealable && <AppealForm projectId={project.id} onSent={onAppealed} />}
    </li>
  );
}
