import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { Field } from '../account/Field';
import { CommentSubjectLink } from '../budget-comments/CommentSubjectLink';
import { ModerationDecision } from './ModerationDecision';
import { useModerationT } from './moderation.i18n';
import { HiddenRemarksQuery } from './moderation.queries';
import { searchWords } from './moderationDecision';
import { PageButtons, useCursorPages } from './PageButtons';

/** Every hidden remark, newest first, searchable by its words; each may be restored. */
export function HiddenRemarks() {
  const t = useModerationT();
  const { lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pages = useCursorPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HiddenRemarksQuery,
    variables: { filter: search ? { search } : null, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = searchWords(typed);
    if (words === undefined) return setProblem(t('hidden.searchTooShort'));
    setProblem(null);
    setSearch(words);
    pages.reset();
  };
  const hidden = data?.hiddenComments;
  return (
    <section className="moderation-section" aria-labelledby="moderation-hidden-heading">
      <h2 id="moderation-hidden-heading">{t('hidden.heading')}</h2>
      <search>
        <form className="moderation-search" onSubmit={submit}>
          <Field
            label={t('hidden.search')}
            hint={t('hidden.searchHint')}
            type="search"
            value={typed}
            maxLength={100}
            onChange={(event) => setTyped(event.target.value)}
            error={problem}
          />
          <button type="submit">{t('hidden.submit')}</button>
        </form>
      </search>
      <QueryState
        fetching={fetching}
        error={error}
        empty={hidden ? hidden.edges.length === 0 : undefined}
        emptyText={search ? t('hidden.noneFound', { search }) : t('hidden.none')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <p className="moderation-meta" role="status">
          {t('hidden.count', { count: hidden?.totalCount ?? 0 })}
        </p>
        <ul className="moderation-list">
          {hidden?.edges.map(({ node: comment }) => (
            <li key={comment.id}>
              <article className="moderation-item" aria-labelledby={`hidden-${comment.id}`}>
                <h3 id={`hidden-${comment.id}`} className="moderation-item-title">
                  {t('item.heading', { author: comment.author.displayName })}
                </h3>
                <p className="moderation-meta">
                  <CommentSubjectLink comment={comment} />
                  {' · '}
                  {t('item.written', { at: formatDateTime(comment.createdAt, lang) })}
                </p>
                <blockquote className="moderation-body">{comment.body}</blockquote>
                <p className="moderation-meta">
                  {t('hidden.because', { reason: comment.hiddenReason ?? '' })}
                </p>
                <ModerationDecision
                  commentId={comment.id}
                  status={comment.status}
                  onDone={() => reexecute({ requestPolicy: 'network-only' })}
                />
              </article>
            </li>
          ))}
        </ul>
        <PageButtons
          pages={pages}
          nextCursor={hidden?.pageInfo.hasNextPage ? hidden.pageInfo.endCursor : null}
          label={t('hidden.pages')}
        />
      </QueryState>
    </section>
  );
}
