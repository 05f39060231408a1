import { Field } from '../account/Field';
import { SelectField } from '../people/SelectField';
import { useBudgetSetupT } from './budgetSetup.i18n';
import type { RulesDraft } from './setupDraft';

const numbers = [
  'year',
  'areaMaxApprovals',
  'citywideMaxApprovals',
  'areaMinVotes',
  'citywideMinVotes',
  'minAge',
] as const;
const flags = ['ballotChangeable', 'proposalsOpenToAll'] as const;

type Props = {
  draft: RulesDraft;
  onChange: (draft: RulesDraft) => void;
  /** The field a refusal names (`title`, `minAge`…), and what to say there. */
  problem: { field: string | null; text: string } | null;
};

/** An edition's name and rules, as the create and edit forms both take them. */
export function RulesFields({ draft, onChange, problem }: Props) {
  const t = useBudgetSetupT();
  const errorAt = (field: string) => (problem?.field === field ? problem.text : null);
  return (
    <>
      <Field
        label={t('rules.title')}
        value={draft.title}
        maxLength={200}
        required
        onChange={(e) => onChange({ ...draft, title: e.target.value })}
        error={errorAt('title')}
      />
      <SelectField
        label={t('rules.rule')}
        value={draft.rule}
        options={(['GREEDY', 'EQUAL_SHARES'] as const).map((rule) => ({
          value: rule,
          label: t(`rules.rule.${rule}`),
        }))}
        onChange={(e) => onChange({ ...draft, rule: e.target.value as RulesDraft['rule'] })}
        error={errorAt('rule')}
      />
      {draft.rule === 'EQUAL_SHARES' && (
        <SelectField
          label={t('rules.completion')}
          value={draft.completion}
          options={(['ADD1', 'ADD1U'] as const).map((completion) => ({
            value: completion,
            label: t(`rules.completion.${completion}`),
          }))}
          onChange={(e) =>
            onChange({ ...draft, completion: e.target.value as RulesDraft['completion'] })
          }
          error={errorAt('completion')}
        />
      )}
      {numbers.map((name) => (
        <Field
          key={name}
          label={t(`rules.${name}`)}
          value={draft[name]}
          inputMode="numeric"
          required
          onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
          error={errorAt(name)}
        />
      ))}
      {flags.map((name) => (
        <label key={name} className="setup-check">
          <input
            type="checkbox"
            checked={draft[name]}
            onChange={(e) => onChange({ ...draft, [name]: e.target.checked })}
          />
          {t(`rules.${name}`)}
        </label>
      ))}
    </>
  );
}
