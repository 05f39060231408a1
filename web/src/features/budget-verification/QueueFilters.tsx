import { SelectField } from '../people/SelectField';
import { useVerificationT } from './verification.i18n';
import type { Reviewer } from './verification.queries';

export type QueueFilter = { status: string; poolId: string; reviewerId: string; overdue: boolean };

export const queueStatuses = ['SUBMITTED', 'IN_VERIFICATION', 'ACCEPTED', 'REJECTED', 'APPEALED'];

type Props = {
  filter: QueueFilter;
  pools: readonly { id: string; name: string }[];
  reviewers: readonly Reviewer[];
  statusLabel: (status: string) => string;
  onChange: (filter: QueueFilter) => void;
};

/** Status, district (pool), reviewer and overdue: what the queue is narrowed by. */
export function QueueFilters({ filter, pools, reviewers, statusLabel, onChange }: Props) {
  const t = useVerificationT();
  return (
    <fieldset className="verification-filters">
      <legend>{t('filter.heading')}</legend>
      <SelectField
        label={t('filter.status')}
        value={filter.status}
        placeholder={t('filter.statusQueue')}
        options={queueStatuses.map((s) => ({ value: s, label: statusLabel(s) }))}
        onChange={(e) => onChange({ ...filter, status: e.target.value })}
      />
      <SelectField
        label={t('filter.pool')}
        value={filter.poolId}
        placeholder={t('filter.any')}
        options={pools.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(e) => onChange({ ...filter, poolId: e.target.value })}
      />
      <SelectField
        label={t('filter.reviewer')}
        value={filter.reviewerId}
        placeholder={t('filter.any')}
        options={reviewers.map((r) => ({ value: r.id, label: `${r.name} (${r.unitName})` }))}
        onChange={(e) => onChange({ ...filter, reviewerId: e.target.value })}
      />
      <label className="verification-check">
        <input
          type="checkbox"
          checked={filter.overdue}
          onChange={(e) => onChange({ ...filter, overdue: e.target.checked })}
        />
        {t('filter.overdue')}
      </label>
    </fieldset>
  );
}

/** The filter as the API takes it: empty choices left out. */
export const filterInput = (f: QueueFilter) => ({
  ...(f.status ? { statuses: [f.status as 'SUBMITTED'] } : {}),
  ...(f.poolId ? { poolId: f.poolId } : {}),
  ...(f.reviewerId ? { reviewerId: f.reviewerId } : {}),
  ...(f.overdue ? { overdue: true } : {}),
});
