import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { ScrollTable } from './ScrollTable';
import { useTallyT } from './tally.i18n';
import {
  type PaperBallot,
  PaperBallotFields,
  PaperBallotsQuery,
  RemovePaperBallotMutation,
} from './tally.queries';

type Props = {
  editionId: string;
  titleOf: (projectId: string) => string;
  poolOf: (poolId: string | null) => string;
  onCorrect: (ballot: PaperBallot) => void;
  onRemoved: (reference: string) => void;
};

/** The entered sheets, 20 a page, the last entered first, each to correct or remove. */
export function PaperSheetList({ editionId, titleOf, poolOf, onCorrect, onRemoved }: Props) {
  const t = useTallyT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: PaperBallotsQuery,
    variables: { editionId, after },
  });
  const [removal, remove] = useMutation(RemovePaperBallotMutation);
  const page = data?.paperBallots;
  const sheets = page
    ? readFragment(
        PaperBallotFields,
        page.edges.map((e) => e.node),
      )
    : [];
  const removeSheet = async (ballot: PaperBallot) => {
    if (!window.confirm(t('paper.list.confirmRemove', { reference: ballot.reference }))) return;
    const result = await remove({ ballotId: ballot.id });
    if (!result.error) onRemoved(ballot.reference);
  };
  return (
    <section aria-labelledby="paper-sheets">
      <h2 id="paper-sheets">{t('paper.list.heading')}</h2>
      <p role="alert">{removal.error && errorText(removal.error)}</p>
      <QueryState
        fetching={fetching && !data}
        error={error}
        empty={page !== undefined && sheets.length === 0}
        emptyText={t('paper.list.empty')}
      >
        <ScrollTable label={t('paper.list.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('paper.list.reference')}</th>
              <th scope="col">{t('paper.list.pool')}</th>
              <th scope="col">{t('paper.list.projects')}</th>
              <th scope="col">{t('paper.list.enteredAt')}</th>
              <th scope="col">{t('paper.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((node) => (
              <tr key={node.id}>
                <th scope="row">{node.reference}</th>
                <td>{poolOf(node.districtPoolId ?? null)}</td>
                <td>{node.projectIds.map(titleOf).join(', ')}</td>
                <td>{formatDateTime(node.castAt, lang)}</td>
                <td className="tally-actions">
                  <button type="button" onClick={() => onCorrect(node)}>
                    {t('paper.list.correct', { reference: node.reference })}
                  </button>
                  <button type="button" onClick={() => removeSheet(node)}>
                    {t('paper.list.remove', { reference: node.reference })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </QueryState>
      <div className="tally-actions">
        {after && (
          <button type="button" onClick={() => setAfter(null)}>
            {t('paper.list.first')}
          </button>
        )}
        {page?.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
            {t('paper.list.next')}
          </button>
        )}
      </div>
    </section>
  );
}
