import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { formatDate } from '../../ui/format';
import { CommentDetail } from './CommentDetail';
import { useConsultationT } from './consultation.i18n';
import type { Comment, Consultation } from './consultation.queries';
import { StanceMark } from './StanceMark';
import { type Stance, stances } from './stancePalette';

export type CommentListProps = {
  consultation: Consultation;
  comments: readonly Comment[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onHighlight: (id: string | null) => void;
};

const pageSize = 25;

/**
 * Remarks, newest first: each a button that selects it (the map flies there) and shows it
 * whole; focus or hover highlights it on the map. Filters by stance; shows more on request.
 */
export function CommentList(props: CommentListProps) {
  const t = useConsultationT();
  const term = useTerms();
  const { comments, selectedId } = props;
  const [hidden, setHidden] = useState<ReadonlySet<Stance>>(new Set());
  const [shown, setShown] = useState(pageSize);
  const headingId = useId();
  const visible = comments.filter((comment) => !comment.stance || !hidden.has(comment.stance));
  const selectedIndex = visible.findIndex((comment) => comment.id === selectedId);
  const limit = Math.max(shown, selectedIndex + 1);

  const toggle = (stance: Stance) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (!next.delete(stance)) next.add(stance);
      return next;
    });

  return (
    <section className="comment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('comments', { count: visible.length })}</h2>
      <fieldset className="stance-filter">
        <legend>{t('filterStance')}</legend>
        {stances.map((stance) => (
          <button
            key={stance}
            type="button"
            aria-pressed={!hidden.has(stance)}
            onClick={() => toggle(stance)}
          >
            <StanceMark stance={stance} />
            {upperFirst(term(`stance.${stance}`))}
          </button>
        ))}
      </fieldset>
      {props.loading && comments.length === 0 ? (
        <p role="status">{t('commentsLoading')}</p>
      ) : visible.length === 0 ? (
        <p role="status">{t('noComments')}</p>
      ) : (
        <ul className="comment-list">
          {visible.slice(0, limit).map((comment) => (
            <CommentItem key={comment.id} {...props} comment={comment} />
          ))}
        </ul>
      )}
      {visible.length > limit && (
        <button type="button" onClick={() => setShown(limit + pageSize)}>
          {t('showMore', { count: visible.length - limit })}
        </button>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  consultation,
  selectedId,
  onSelect,
  onHighlight,
}: CommentListProps & { comment: Comment }) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const term = useTerms();
  const selected = comment.id === selectedId;
  const detailId = useId();
  return (
    <li
      className={selected ? 'comment-item selected' : 'comment-item'}
      data-comment-id={comment.id}
      onMouseEnter={() => onHighlight(comment.id)}
      onMouseLeave={() => onHighlight(null)}
    >
      <button
        type="button"
        className="comment-summary"
        aria-expanded={selected}
        aria-controls={selected ? detailId : undefined}
        onClick={() => onSelect(selected ? null : comment.id)}
        onFocus={() => onHighlight(comment.id)}
        onBlur={() => onHighlight(null)}
      >
        <StanceMark stance={comment.stance} />
        <span className="comment-heading">
          <strong>{comment.stance ? upperFirst(term(`stance.${comment.stance}`)) : ''}</strong>
          {comment.topic && <> · {comment.topic.name}</>}
          {comment.formalRemark && <> · {t('formalBadge')}</>}
        </span>
        <span className="comment-excerpt">{comment.body ?? t('withdrawnBody')}</span>
        <span className="comment-byline">
          {comment.author.displayName} · {formatDate(comment.createdAt, lang)}
          {comment.editedAt && <> ({t('edited')})</>} ·{' '}
          {t('supportCount', { count: comment.supportCount })}
          {comment.response && <> · {t('answered')}</>}
        </span>
      </button>
      {selected && <CommentDetail id={detailId} comment={comment} consultation={consultation} />}
    </li>
  );
}
