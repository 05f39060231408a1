import { useState } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useTerms } from '../../terms/terms.i18n';
import { formatDateTime } from '../../ui/format';
import type { VirtualRow } from '../../ui/VirtualList';
import { usePlannerT } from './planner.i18n';
import type { PlannerComment, ResponseDecision } from './planner.queries';
import { ResponseForm } from './ResponseForm';
import { StanceLabel } from './StanceLabel';

export type CommentItemProps = {
  /** Its place in the virtualised queue. */
  row: VirtualRow;
  comment: PlannerComment;
  selected: boolean;
  onToggle: () => void;
  onRespond: (
    decision: ResponseDecision,
    justification: string,
  ) => Promise<CombinedError | undefined>;
};

function Response({ response }: { response: PlannerComment['response'] }) {
  const t = usePlannerT();
  const term = useTerms();
  if (!response) return <p className="planner-unanswered">{t('comments.unanswered')}</p>;
  return (
    <div className="planner-response">
      <p>
        <strong>{t('response.label')}:</strong> {term(`decision.${response.decision}`)}
      </p>
      <p>{response.justification}</p>
    </div>
  );
}

/** One comment with its checkbox, its response and a form to answer it alone. */
export function CommentItem({ row, comment, selected, onToggle, onRespond }: CommentItemProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const [answering, setAnswering] = useState(false);
  const date = formatDateTime(comment.createdAt, lang);
  const respond = async (decision: ResponseDecision, justification: string) => {
    const error = await onRespond(decision, justification);
    if (!error) setAnswering(false);
    return error;
  };
  return (
    <li {...row} className="planner-comment" data-answered={comment.response !== null}>
      <div className="planner-comment-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={t('comments.select', { author: comment.author.displayName, date })}
        />
        {comment.stance && <StanceLabel stance={comment.stance} />}
        <span>{comment.topic?.name ?? t('comments.noTopic')}</span>
        <span className="planner-meta">
          {comment.author.displayName}, <time dateTime={comment.createdAt}>{date}</time>
        </span>
      </div>
      <p className="planner-comment-body">{comment.body}</p>
      <p className="planner-badges">
        {comment.formalRemark && <span>{t('comments.formal')}</span>}
        {(comment.reportCount ?? 0) > 0 && (
          <span>{t('comments.reported', { count: comment.reportCount ?? 0 })}</span>
        )}
        {comment.status === 'HIDDEN' && <span>{t('comments.hidden')}</span>}
      </p>
      <Response response={comment.response} />
      {answering ? (
        <ResponseForm
          legend={t('response.label')}
          submitLabel={t('response.submit')}
          initial={comment.response ?? undefined}
          onSubmit={respond}
          onCancel={() => setAnswering(false)}
        />
      ) : (
        <button type="button" onClick={() => setAnswering(true)}>
          {t(comment.response ? 'comments.changeAnswer' : 'comments.answer')}
        </button>
      )}
    </li>
  );
}
