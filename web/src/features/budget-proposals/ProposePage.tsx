import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorTexts, useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ProposalForm } from './ProposalForm';
import { useProposalT } from './proposals.i18n';
import {
  AcceptInvitationMutation,
  ProjectProposalQuery,
  ProposalFields,
  ProposeQuery,
} from './proposals.queries';
import './budget-proposals.css';

/**
 * `/budget/:editionId/propose[/:projectId]`: a new proposal, or the viewer's own one; with
 * `?invitation=` an invitee accepts co-authoring it first.
 */
export function ProposePage() {
  const { editionId = '', projectId } = useParams();
  const [search] = useSearchParams();
  const token = search.get('invitation');
  if (token && projectId) {
    return <AcceptInvitation token={token} editionId={editionId} projectId={projectId} />;
  }
  return <Propose key={projectId ?? 'new'} editionId={editionId} projectId={projectId ?? null} />;
}

function Propose({ editionId, projectId }: { editionId: string; projectId: string | null }) {
  const t = useProposalT();
  const [edition] = useQuery({ query: ProposeQuery, variables: { editionId } });
  const [own, reloadOwn] = useQuery({
    query: ProjectProposalQuery,
    variables: { id: projectId ?? '' },
    pause: !projectId,
  });
  const title = edition.data?.edition.title ?? '';
  useDocumentTitle(t(projectId ? 'heading.draft' : 'heading.new', { edition: title }));
  const access = edition.data?.budgetProposalAccess;
  const proposal = readFragment(ProposalFields, own.data?.projectProposal) ?? null;
  const ready = edition.data && (!projectId || own.data);
  return (
    <div className="page proposal-page">
      <h1>{t(projectId ? 'heading.draft' : 'heading.new', { edition: title })}</h1>
      <QueryState
        fetching={edition.fetching || own.fetching}
        error={edition.error ?? own.error}
        onRetry={() => reloadOwn({ requestPolicy: 'network-only' })}
      >
        {ready && access && !access.allowed && !proposal ? (
          <Refused editionId={editionId} reason={access.reason ?? ''} />
        ) : (
          ready &&
          edition.data && (
            <ProposalForm
              editionId={editionId}
              pools={edition.data.edition.pools}
              vocabulary={edition.data.budgetProposalVocabulary}
              proposal={proposal}
              onChanged={() => reloadOwn({ requestPolicy: 'network-only' })}
            />
          )
        )}
      </QueryState>
    </div>
  );
}

/** Why the viewer may not propose, and what to do about it. */
function Refused({ editionId, reason }: { editionId: string; reason: string }) {
  const t = useProposalT();
  const tError = errorTexts.useT();
  const text =
    reason === 'PHASE_CLOSED'
      ? tError('PHASE_CLOSED', { phase: 'SUBMISSION' })
      : reason === 'PROPOSAL_VERIFICATION_REQUIRED' || reason === 'SIGN_IN_REQUIRED'
        ? tError(reason)
        : tError('unknown');
  return (
    <section className="proposal-refused" aria-labelledby="proposal-refused">
      <h2 id="proposal-refused">{t('refused.heading')}</h2>
      <p>{text}</p>
      {reason === 'PROPOSAL_VERIFICATION_REQUIRED' && (
        <>
          <p>{t('refused.verifyHow')}</p>
          <p>
            <Link to="/account">{t('refused.verify')}</Link>
          </p>
        </>
      )}
      {reason === 'SIGN_IN_REQUIRED' && (
        <p>
          <Link to="/sign-in">{t('refused.signIn')}</Link>
        </p>
      )}
      <p>
        <Link to={`/budget/${editionId}`}>{t('refused.back')}</Link>
      </p>
    </section>
  );
}

function AcceptInvitation(props: { token: string; editionId: string; projectId: string }) {
  const t = useProposalT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [result, accept] = useMutation(AcceptInvitationMutation);
  useDocumentTitle(t('invitation.heading'));
  return (
    <div className="page proposal-page">
      <h1>{t('invitation.heading')}</h1>
      <p>{t('invitation.text')}</p>
      <button
        type="button"
        className="primary"
        disabled={result.fetching}
        onClick={async () => {
          const outcome = await accept({ token: props.token });
          if (outcome.data) {
            void navigate(`/budget/${props.editionId}/propose/${props.projectId}`, {
              replace: true,
            });
          }
        }}
      >
        {t('invitation.accept')}
      </button>
      {result.error && (
        <p role="alert" className="form-error">
          {errorText(result.error)}
          {result.error.graphQLErrors[0]?.extensions?.code === 'UNAUTHENTICATED' && (
            <>
              {' '}
              <Link to="/sign-in">{t('invitation.signIn')}</Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
