import { errorTexts } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import type { Params } from '../../i18n/namespace';
import { formatMoney } from '../../ui/format';
import { useBudgetSetupT } from './budgetSetup.i18n';
import type { PabulibPreview } from './budgetSetup.queries';

type Problem = PabulibPreview['problems'][number];

/** What the import would create, and every problem stopping it, each at its line. */
export function ImportPreview({ preview }: { preview: PabulibPreview }) {
  const t = useBudgetSetupT();
  const { lang } = useI18n();
  const { edition, problems } = preview;
  return (
    <section aria-labelledby="pabulib-preview-heading" className="setup-preview">
      <h3 id="pabulib-preview-heading">{t('import.previewHeading')}</h3>
      <ul>
        {edition && (
          <li>
            {t('import.edition', {
              title: edition.title,
              year: edition.year,
              rule: t(`rules.rule.${edition.rule}`),
              max: edition.maxApprovals,
            })}
          </li>
        )}
        {preview.pools.map((pool) => (
          <li key={pool.name}>
            {t('import.pool', {
              kind: t(`pools.kind.${pool.kind}`),
              name: pool.name,
              amount: formatMoney(pool.amount.pln, lang),
            })}
          </li>
        ))}
        <li>
          {t('import.counts', { projects: preview.projectCount, ballots: preview.ballotCount })}
        </li>
      </ul>
      {problems.length === 0 ? (
        <p>{t('import.ok')}</p>
      ) : (
        <div role="alert">
          <p>{t('import.problems', { count: preview.problemCount })}</p>
          {preview.problemCount > problems.length && (
            <p>{t('import.problemsMore', { shown: problems.length })}</p>
          )}
          <ol className="setup-problems">
            {problems.map((problem) => (
              <ProblemItem key={`${problem.line}-${problem.detail}`} problem={problem} />
            ))}
          </ol>
        </div>
      )}
      <details>
        <summary>{t('import.meta')}</summary>
        <dl className="setup-meta">
          {preview.meta.map((entry) => (
            <div key={entry.key}>
              <dt>{entry.key}</dt>
              <dd>{entry.value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

/** The problem's reason (naming its line) in the interface language, then the file's own words. */
function ProblemItem({ problem }: { problem: Problem }) {
  const errorT = errorTexts.useT();
  const params = { ...(problem.params as Params), line: problem.line };
  const reason = errorT(problem.reason as Parameters<typeof errorT>[0], params);
  return (
    <li>
      {reason} <code lang="en">{problem.detail}</code>
    </li>
  );
}
