import { useId, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { usePlannerT } from './planner.i18n';
import { HideCommentMutation, RestoreCommentMutation } from './planner.queries';

export type ModerationDecisionProps = {
  commentId: string;
  /** Hiding is offered for a visible comment, restoring for one that is not. */
  visible: boolean;
  onDone: () => void;
};

type Decide = (vars: { id: string; reason: string }) => Promise<{ error?: CombinedError }>;

/** A moderator's reason and decision: hide or restore; a failure keeps the reason typed. */
export function ModerationDecision({ commentId, visible, onDone }: ModerationDecisionProps) {
  const t = usePlannerT();
  const errorText = useErrorText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [, hide] = useMutation(HideCommentMutation);
  const [, restore] = useMutation(RestoreCommentMutation);
  const decide = async (action: Decide) => {
    const result = await action({ id: commentId, reason: reason.trim() });
    setProblem(result.error ? errorText(result.error) : '');
    if (!result.error) onDone();
  };
  return (
    <div className="planner-moderation-decision">
      <label htmlFor={`${id}-reason`}>{t('moderation.reason')}</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      {problem && (
        <p className="planner-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="planner-actions">
        {visible ? (
          <button type="button" onClick={() => decide(hide)}>
            {t('moderation.hide')}
          </button>
        ) : (
          <button type="button" onClick={() => decide(restore)}>
            {t('moderation.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
