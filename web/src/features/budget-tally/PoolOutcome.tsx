import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney, formatNumber } from '../../ui/format';
import { parseResultLog } from '../budget/resultLog';
import { ScrollTable } from './ScrollTable';
import { useTallyT } from './tally.i18n';
import type { PoolTally, ProjectTally } from './tally.queries';
import { tiesOf } from './tallyLog';

/** One pool's tally: its money, each project with why it was funded or not, and the ties. */
export function PoolOutcome({ pool }: { pool: PoolTally }) {
  const t = useTallyT();
  const { lang } = useI18n();
  const minVotes = parseResultLog(pool.log).minVotes ?? 1;
  return (
    <section aria-labelledby="tally-pool">
      <h2 id="tally-pool">{pool.poolName}</h2>
      <p>
        {t('tally.summary', {
          budget: formatMoney(pool.budget.pln, lang),
          cost: formatMoney(pool.cost.pln, lang),
          leftover: formatMoney(pool.leftover.pln, lang),
        })}
      </p>
      <ScrollTable label={t('tally.outcome')}>
        <thead>
          <tr>
            <th scope="col">{t('tally.project')}</th>
            <th scope="col">{t('tally.votes')}</th>
            <th scope="col">{t('tally.cost')}</th>
            <th scope="col">{t('tally.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {pool.projects.map((p) => (
            <tr key={p.projectId}>
              <th scope="row">{p.title}</th>
              <td>{formatNumber(p.votes, lang)}</td>
              <td>{formatMoney(p.cost.pln, lang)}</td>
              <td>
                <Outcome project={p} minVotes={Math.max(1, minVotes)} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <Ties pool={pool} />
    </section>
  );
}

function Outcome({ project, minVotes }: { project: ProjectTally; minVotes: number }) {
  const t = useTallyT();
  const text = project.outcome
    ? t(`outcome.${project.outcome}`, { min: minVotes, with: project.conflictWith ?? '' })
    : t(project.selected ? 'outcome.FUNDED' : 'outcome.unknown');
  return project.selected ? <strong>{text}</strong> : text;
}

function Ties({ pool }: { pool: PoolTally }) {
  const t = useTallyT();
  const { seed, draws, mesTies } = tiesOf(pool.log);
  // The log names projects by their refs: their ids, or an imported project's Pabulib id.
  const titles = new Map(pool.projects.map((p) => [p.projectId, p.title]));
  const named = (refs: string[]) => refs.map((ref) => titles.get(ref) ?? ref).join(', ');
  return (
    <>
      <h3>{t('tally.ties')}</h3>
      {draws.length + mesTies.length === 0 && <p>{t('tally.noTies')}</p>}
      <ul>
        {draws.map((d) => (
          <li key={d.order.join()}>
            {t('tally.lotDraw', { votes: d.votes, seed: seed ?? 0, order: named(d.order) })}
          </li>
        ))}
        {mesTies.map((tie) => (
          <li key={tie.join()}>{t('tally.mesTie', { tied: named(tie) })}</li>
        ))}
      </ul>
    </>
  );
}
