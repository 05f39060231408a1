import { Link } from 'react-router';
import { useProposalT } from './proposals.i18n';

/** On the edition's page while it takes proposals: the way to the proposal form. */
export function ProposeLink({ edition }: { edition: { id: string; currentPhase: string | null } }) {
  const t = useProposalT();
  if (edition.currentPhase !== 'SUBMISSION') return null;
  return (
    <Link className="budget-button" to={`/budget/${edition.id}/propose`}>
      {t('link')}
    </Link>
  );
}
