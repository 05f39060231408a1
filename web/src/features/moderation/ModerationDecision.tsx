import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { useModerationT } from './moderation.i18n';
import { HideCommentMutation, RestoreCommentMutation } from './moderation.queries';
import { actionFor, decisionReason } from './moderationDecision';

type Props = {
  commentId: string;
  status: 'VISIBLE' | 'HIDDEN' | 'WITHDRAWN';
  onDone: () => void;
};

/** Hide a visible remark or restore a hidden one, with the reason its author will read. */
export function ModerationDecision({ commentId, status, onDone }: Props) {
  const t = useModerationT();
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [hiding, hide] = useMutation(HideCommentMutation);
  const [restoring, restore] = useMutation(RestoreCommentMutation);
  const action = actionFor(status);
  if (!action) return <p className="moderation-meta">{t('decision.withdrawn')}</p>;
  const busy = hiding.fetching || restoring.fetching;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const reason = decisionReason(typed);
    if (!reason) {
      setProblem(t('decision.reasonRequired'));
      return;
    }
    const result = await (action === 'hide' ? hide : restore)({ id: commentId, reason });
    setProblem(result.error ? errorText(result.error) : null);
    if (!result.error) {
      setTyped('');
      onDone();
    }
  };
  return (
    <form
      className="moderation-decision"
      onSubmit={submit}
      noValidate
      aria-label={t(`decision.${action}`)}
    >
      <Field
        label={t(`decision.${action}Reason`)}
        hint={t('decision.reasonHint')}
        value={typed}
        required
        maxLength={1000}
        onChange={(event) => setTyped(event.target.value)}
        error={problem}
      />
      <button type="submit" disabled={busy}>
        {t(`decision.${action}`)}
      </button>
    </form>
  );
}
