import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { formatDate, formatNumber } from '../../ui/format';
import { VirtualList, type VirtualRow } from '../../ui/VirtualList';
import { CommentDetail } from './CommentDetail';
import { useConsultationT } from './consultation.i18n';
import type { Comment, Consultation } from './consultation.queries';
import type { RemarkFilter } from './remarkFilter';
import { StanceMark } from './StanceMark';
import { type Stance, stances } from './stancePalette';

export type CommentListProps = {
  consultation: Consultation;
  comments: readonly Comment[];
  /** The API's count of the filtered remarks (null until the first page arrives). */
  total: number | null;
  loading: boolean;
  hasMore: boolean;
  onEnd: () => void;
  filter: RemarkFilter;
  onFilter: (filter: RemarkFilter) => void;
  /** Limits the list to the map's view (the filter's `view`), or lifts the limit. */
  onOnlyInView: (only: boolean) => void;
  selectedId: string | null;
  /** The selected remark when the list has not loaded it (chosen on the map). */
  selectedElsewhere: Comment | null;
  onSelect: (id: string | null) => void;
  onHighlight: (id: string | null) => void;
};

/**
 * Remarks oldest first (the API's order), those added since on top, loaded as scrolled: each a button that selects it (the
 * map flies there) and shows it whole; focus or hover highlights it on the map. Filters by
 * stance and, when asked, by the map's view; the count is the API's.
 */
export function CommentList(props: CommentListProps) {
  const t = useConsultationT();
  const term = useTerms();
  const { lang } = useI18n();
  const { comments, filter, selectedElsewhere } = props;
  const headingId = useId();
  const toggle = (stance: Stance) => {
    const hidden = new Set(filter.hidden);
    if (!hidden.delete(stance)) hidden.add(stance);
    props.onFilter({ ...filter, hidden });
  };
  const count = props.total ?? comments.length;

  return (
    <section className="comment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('comments', { count: formatNumber(count, lang) })}</h2>
      <fieldset className="stance-filter">
        <legend>{t('filterStance')}</legend>
        {stances.map((stance) => (
          <button
            key={stance}
            type="button"
            aria-pressed={!filter.hidden.has(stance)}
            onClick={() => toggle(stance)}
          >
            <StanceMark stance={stance} />
            {upperFirst(term(`stance.${stance}`))}
          </button>
        ))}
      </fieldset>
      <label className="only-in-view">
        <input
          type="checkbox"
          checked={filter.view !== null}
          onChange={(event) => props.onOnlyInView(event.target.checked)}
        />
        {t('onlyInView')}
      </label>
      {selectedElsewhere && (
        <ul className="comment-list comment-list-pinned" aria-label={t('selectedRemark')}>
          <CommentItem {...props} comment={selectedElsewhere} />
        </ul>
      )}
      {props.loading && comments.length === 0 ? (
        <p role="status">{t('commentsLoading')}</p>
      ) : comments.length === 0 ? (
        <p role="status">{t('noComments')}</p>
      ) : (
        <VirtualList
          className="comment-list"
          label={t('commentList')}
          items={comments}
          total={props.total}
          itemKey={(comment) => comment.id}
          renderItem={(comment, row) => <CommentItem {...props} comment={comment} row={row} />}
          estimateSize={96}
          onEnd={props.hasMore ? props.onEnd : undefined}
          scrollToKey={props.selectedId}
        />
      )}
      {props.hasMore && comments.length > 0 && (
        <p className="comment-list-more" role="status">
          {t('loadedOf', {
            shown: formatNumber(comments.length, lang),
            count: formatNumber(count, lang),
          })}
        </p>
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
  row,
}: CommentListProps & { comment: Comment; row?: VirtualRow }) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const term = useTerms();
  const selected = comment.id === selectedId;
  const detailId = useId();
  return (
    <li
      {...row}
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
