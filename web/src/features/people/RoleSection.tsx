import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { GrantRoleForm } from './GrantRoleForm';
import { usePeopleT } from './people.i18n';
import { type Person, RevokeRoleMutation } from './people.queries';
import type { Unit } from './verifierUnits';

type Props = { person: Person; units: readonly Unit[]; onChanged: () => void };

/** The person's roles, each with its revoke button, and a grant form (admins). */
export function RoleSection({ person, units, onChanged }: Props) {
  const t = usePeopleT();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, revokeRole] = useMutation(RevokeRoleMutation);
  const roles = person.roles ?? [];
  const revoke = async (role: (typeof roles)[number]) => {
    const input = { userId: person.id, role: role.role, unitId: role.unit?.id ?? null };
    const result = await revokeRole({ input });
    setProblem(result.error ? errorText(result.error) : null);
    if (!result.error) onChanged();
  };
  return (
    <section className="people-subsection" aria-labelledby="people-roles-heading">
      <h3 id="people-roles-heading">{t('roles.heading')}</h3>
      {roles.length === 0 ? (
        <p>{t('roles.none')}</p>
      ) : (
        <ul className="people-roles">
          {roles.map((role) => {
            const name = role.unit
              ? t('roles.plannerOf', { unit: role.unit.name })
              : t(`role.${role.role}`);
            return (
              <li key={`${role.role}-${role.unit?.id ?? ''}`}>
                <span>{name}</span>{' '}
                <button
                  type="button"
                  disabled={fetching}
                  aria-label={t('roles.revokeNamed', { role: name })}
                  onClick={() => revoke(role)}
                >
                  {t('roles.revoke')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={problem} />
      <GrantRoleForm userId={person.id} held={roles} units={units} onDone={onChanged} />
    </section>
  );
}
