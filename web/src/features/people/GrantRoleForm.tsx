import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { usePeopleT } from './people.i18n';
import { GrantRoleMutation } from './people.queries';
import { grantableRoles, holdsGrant, type RoleDraft, roleInput, roleProblem } from './roleGrant';
import { SelectField } from './SelectField';
import { UnitPicker } from './UnitPicker';
import type { Unit } from './verifierUnits';

type Props = {
  userId: string;
  held: readonly { role: string; unit?: { id: string } | null }[];
  units: readonly Unit[];
  onDone: () => void;
};

/** Grants a role; a PLANNER role is scoped to the unit picked. */
export function GrantRoleForm({ userId, held, units, onDone }: Props) {
  const t = usePeopleT();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<RoleDraft>({ role: '', unitId: '' });
  const [problem, setProblem] = useState<{ field: 'role' | 'unitId' | null; text: string } | null>(
    null,
  );
  const [{ fetching }, grant] = useMutation(GrantRoleMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = roleProblem(draft);
    if (missing) return setProblem({ field: missing, text: t(`grant.problem.${missing}`) });
    if (holdsGrant(held, draft)) return setProblem({ field: null, text: t('grant.held') });
    const result = await grant({ input: roleInput(userId, draft) });
    if (result.error) return setProblem({ field: null, text: errorText(result.error) });
    setProblem(null);
    setDraft({ role: '', unitId: '' });
    onDone();
  };
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('grant.heading')}>
      <h4>{t('grant.heading')}</h4>
      <SelectField
        label={t('grant.role')}
        value={draft.role}
        placeholder={t('choose')}
        options={grantableRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        onChange={(event) =>
          setDraft({ role: event.target.value as RoleDraft['role'], unitId: '' })
        }
        error={problem?.field === 'role' ? problem.text : null}
      />
      {draft.role === 'PLANNER' && (
        <UnitPicker
          units={units}
          value={draft.unitId}
          onChange={(unitId) => setDraft((current) => ({ ...current, unitId }))}
          error={problem?.field === 'unitId' ? problem.text : null}
        />
      )}
      <FormError message={problem?.field === null ? problem.text : null} />
      <button type="submit" disabled={fetching}>
        {t('grant.submit')}
      </button>
    </form>
  );
}
