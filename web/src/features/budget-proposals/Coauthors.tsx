import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { useProposalT } from './proposals.i18n';
import { InviteCoauthorMutation, type Proposal } from './proposals.queries';

type Props = { proposal: Proposal; onInvited: () => void };

/**
 * The authors, and inviting a co-author by e-mail. No mail is sent: the author passes the
 * acceptance link on, and sees it only once.
 */
export function Coauthors({ proposal, onInvited }: Props) {
  const t = useProposalT();
  const errorText = useErrorText();
  const id = useId();
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [result, invite] = useMutation(InviteCoauthorMutation);
  return (
    <section className="proposal-authors" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('authors')}</h2>
      <ul>
        {proposal.authors.map((author) => (
          <li key={author.id}>
            {author.acceptedAt
              ? `${author.displayName ?? t('author.unnamed')} (${t(`author.${author.role}`)})`
              : t('author.pending', { email: author.invitationEmail ?? '' })}
          </li>
        ))}
      </ul>
      <form
        className="proposal-invite"
        onSubmit={async (event) => {
          event.preventDefault();
          const outcome = await invite({ projectId: proposal.id, email });
          const invitation = outcome.data?.inviteProjectCoauthor;
          if (invitation) {
            setLink({
              email: invitation.email,
              url: new URL(invitation.acceptPath, window.location.origin).toString(),
            });
            setEmail('');
            onInvited();
          }
        }}
      >
        <label htmlFor={`${id}-email`}>{t('inviteEmail')}</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" disabled={result.fetching}>
          {t('inviteSend')}
        </button>
        {result.error && (
          <p role="alert" className="form-error">
            {errorText(result.error)}
          </p>
        )}
      </form>
      {link && (
        <div className="field" role="status">
          <label htmlFor={`${id}-link`}>{t('inviteLink')}</label>
          <input id={`${id}-link`} readOnly value={link.url} onFocus={(e) => e.target.select()} />
          <p className="hint">{t('inviteLinkHint', { email: link.email })}</p>
        </div>
      )}
    </section>
  );
}
