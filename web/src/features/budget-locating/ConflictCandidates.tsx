import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { SelectField } from '../staff/forms/fields';
import { useLocatingT } from './locating.i18n';
import {
  type Candidate,
  CandidatesQuery,
  DismissMutation,
  MarkMutation,
  type PairProject,
  UnmarkMutation,
} from './locating.queries';
import { refreshOnProjectChange } from './NearbyProjects';

const distances = [0, 50, 100, 250, 500, 1000] as const;
export type Pair = { project: PairProject; otherProject: PairProject };

type Props = { editionId: string; onShow: (pair: Pair) => void };

/**
 * Pairs of projects that may exclude each other: candidates whose locations overlap or lie
 * within the chosen distance (mark or dismiss each), and the pairs marked (unmark).
 */
export function ConflictCandidates({ editionId, onShow }: Props) {
  const t = useLocatingT();
  const errorText = useErrorText();
  const [meters, setMeters] = useState<number>(100);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CandidatesQuery,
    variables: { editionId, withinMeters: meters },
    ...refreshOnProjectChange,
  });
  const [mark, markPair] = useMutation(MarkMutation);
  const [unmark, unmarkPair] = useMutation(UnmarkMutation);
  const [dismiss, dismissPair] = useMutation(DismissMutation);
  type PairVariables = { projectId: string; otherProjectId: string };
  const act = async (run: (v: PairVariables) => Promise<{ error?: unknown }>, pair: Pair) => {
    const { error } = await run({
      projectId: pair.project.id,
      otherProjectId: pair.otherProject.id,
    });
    if (!error) refetch({ requestPolicy: 'network-only' });
  };
  const failed = mark.error ?? unmark.error ?? dismiss.error;
  const candidates = data?.budgetConflictCandidates.edges.map((e) => e.node) ?? [];
  return (
    <section className="locating-conflicts" aria-labelledby="locating-conflicts-heading">
      <h2 id="locating-conflicts-heading">{t('conflicts.heading')}</h2>
      <SelectField
        label={t('conflicts.within')}
        value={String(meters)}
        onChange={(e) => setMeters(Number(e.target.value))}
      >
        {distances.map((d) => (
          <option key={d} value={d}>
            {d === 0 ? t('conflicts.overlapOnly') : t('distance', { meters: d })}
          </option>
        ))}
      </SelectField>
      {error && <p role="alert">{errorText(error)}</p>}
      {failed && <p role="alert">{errorText(failed)}</p>}
      <h3>{t('conflicts.candidates')}</h3>
      {fetching && !data ? (
        <p role="status">{t('loading')}</p>
      ) : candidates.length === 0 ? (
        <p>{t('conflicts.noCandidates')}</p>
      ) : (
        <ul className="locating-pairs">
          {candidates.map((c) => (
            <li key={`${c.project.id}-${c.otherProject.id}`}>
              <PairText pair={c} />
              <span>{describe(c, t)}</span>
              <span className="locating-actions">
                <button type="button" onClick={() => onShow(c)}>
                  {t('conflicts.show')}
                </button>
                {c.marked ? (
                  <strong>{t('conflicts.marked')}</strong>
                ) : (
                  <>
                    <button type="button" onClick={() => act(markPair, c)}>
                      {t('conflicts.mark')}
                    </button>
                    <button type="button" onClick={() => act(dismissPair, c)}>
                      {t('conflicts.dismiss')}
                    </button>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('conflicts.markedHeading')}</h3>
      {(data?.budgetProjectConflicts.length ?? 0) === 0 ? (
        <p>{t('conflicts.noneMarked')}</p>
      ) : (
        <ul className="locating-pairs">
          {data?.budgetProjectConflicts.map((c) => (
            <li key={`${c.project.id}-${c.otherProject.id}`}>
              <PairText pair={c} />
              <span className="locating-actions">
                <button type="button" onClick={() => onShow(c)}>
                  {t('conflicts.show')}
                </button>
                <button type="button" onClick={() => act(unmarkPair, c)}>
                  {t('conflicts.unmark')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PairText({ pair }: { pair: Pair }) {
  const t = useLocatingT();
  return <span>{t('conflicts.pair', { a: pair.project.title, b: pair.otherProject.title })}</span>;
}

const describe = (c: Candidate, t: ReturnType<typeof useLocatingT>) =>
  c.overlapping
    ? t('conflicts.overlapping')
    : t('distance', { meters: Math.round(c.distanceMeters) });
