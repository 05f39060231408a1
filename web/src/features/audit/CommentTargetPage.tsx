import { Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useAuditT } from './audit.i18n';
import { CommentConsultationQuery } from './audit.queries';

/** /staff/comments/:id — an audited comment opens on its consultation's page. */
export function CommentTargetPage() {
  const t = useAuditT();
  useDocumentTitle(t('comment.title'));
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommentConsultationQuery,
    variables: { id },
  });
  if (data) return <Navigate replace to={`/consultations/${data.comment.consultation.id}`} />;
  return (
    <div className="staff-content">
      <h1>{t('comment.title')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {null}
      </QueryState>
    </div>
  );
}
