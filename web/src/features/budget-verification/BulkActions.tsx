import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import { SelectField } from '../people/SelectField';
import { useVerificationT } from './verification.i18n';
import {
  AssignEvaluationsMutation,
  type Reviewer,
  StartVerificationMutation,
  type Unit,
} from './verification.queries';

type Props = {
  selected: readonly string[];
  reviewers: readonly Reviewer[];
  units: readonly Unit[];
  onDone: () => void;
};

/** What the office does to many selected projects at once: start verification, assign. */
export function BulkActions({ selected, reviewers, units, onDone }: Props) {
  const t = useVerificationT();
  const errorText = useErrorText();
  const [reviewerId, setReviewerId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [starting, start] = useMutation(StartVerificationMutation);
  const [assigning, assign] = useMutation(AssignEvaluationsMutation);
  const run = async (action: 'start' | 'assign') => {
    setDone(null);
    if (selected.length === 0) return setProblem(t('bulk.nothing'));
    const projectIds = [...selected];
    const input = {
      unitId: unitId || null,
      reviewerId: reviewerId || null,
      dueAt: due ? new Date(`${due}T23:59:59`).toISOString() : null,
    };
    const result =
      action === 'start' ? await start({ projectIds }) : await assign({ projectIds, input });
    if (result.error) return setProblem(errorText(result.error));
    setProblem(null);
    setDone(t(action === 'start' ? 'bulk.started' : 'bulk.assigned', { count: projectIds.length }));
    onDone();
  };
  return (
    <section className="verification-bulk" aria-labelledby="verification-bulk-heading">
      <h2 id="verification-bulk-heading">{t('bulk.heading', { count: selected.length })}</h2>
      <button type="button" disabled={starting.fetching} onClick={() => void run('start')}>
        {t('bulk.start')}
      </button>
      <SelectField
        label={t('bulk.unit')}
        value={unitId}
        placeholder={t('list.unassigned')}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(e) => setUnitId(e.target.value)}
      />
      <SelectField
        label={t('bulk.reviewer')}
        value={reviewerId}
        placeholder={t('list.unassigned')}
        options={reviewers.map((r) => ({ value: r.id, label: `${r.name} (${r.unitName})` }))}
        onChange={(e) => setReviewerId(e.target.value)}
      />
      <Field
        label={t('bulk.due')}
        type="date"
        value={due}
        onChange={(e) => setDue(e.target.value)}
      />
      <button type="button" disabled={assigning.fetching} onClick={() => void run('assign')}>
        {t('bulk.assign')}
      </button>
      <FormError message={problem} />
      <p role="status">{done}</p>
    </section>
  );
}
