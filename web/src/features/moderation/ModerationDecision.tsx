import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { useModerationT } from './moderation.i18n';
import {
  DismissReportsMutation,
  HideCommentMutation,
  RestoreCommentMutation,
} from './moderation.queries';
import { actionsFor, decisionReason, type ModerationAction } from './moderationDecision';

type Props = {
  commentId: string;
  status: 'VISIBLE' | 'HIDDEN' | 'WITHDRAWN';
  onDone: () => void;
};

/**
 * Hide a visible remark or dismiss its reports, or restore a hidden one, with the reason its
 * author will read.
 */
export function ModerationDecision({ commentId, status, onDone }: Props) {
  const t = useModerationT();
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [hiding, hide] = useMutation(HideCommentMutation);
  const [dismissing, dismiss] = useMutation(DismissReportsMutation);
  const [restoring, restore] = useMutation(RestoreCommentMutation);
  const actions = actionsFor(status);
  const [first] = actions;
  if (!first) return <p className="moderation-meta">{t('decision.withdrawn')}</p>;
  const busy = hiding.fetching || dismissing.fetching || restoring.fetching;
  const send = { hide, dismiss, restore };
  const decide = async (action: ModerationAction) => {
    const reason = decisionReason(typed);
    if (!reason) {
      setProblem(t('decision.reasonRequired'));
      return;
    }
    const result = await send[action]({ id: commentId, reason });
    setProblem(result.error ? errorText(result.error) : null);
    if (!result.error) {
      setTyped('');
      onDone();
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void decide(first);
  };
  return (
    <form
      className="moderation-decision"
      onSubmit={submit}
      noValidate
      aria-label={t(`decision.${first}`)}
    >
      <Field
        label={t(first === 'restore' ? 'decision.restoreReason' : 'decision.visibleReason')}
        hint={t('decision.reasonHint')}
        value={typed}
        required
        maxLength={1000}
        onChange={(event) => setTyped(event.target.value)}
        error={problem}
      />
      {actions.map((action) => (
        <button
          key={action}
          type={action === first ? 'submit' : 'button'}
          disabled={busy}
          onClick={action === first ? undefined : () => void decide(action)}
        >
          {t(`decision.${action}`)}
        </button>
      ))}
    </form>
  );
}
