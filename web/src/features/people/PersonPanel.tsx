import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { usePeopleT } from './people.i18n';
import { PeopleSearchQuery, type Person } from './people.queries';
import { RoleSection } from './RoleSection';
import { VerificationSection } from './VerificationSection';
import type { Unit } from './verifierUnits';

type Props = {
  person: Person;
  /** The offices the viewer may verify at; none hides verifying. */
  verifierUnits: readonly Unit[];
  /** Admins grant and revoke roles. */
  isAdmin: boolean;
  units: readonly Unit[];
};

/** One person: who they are, their verification and (for admins) their roles. */
export function PersonPanel({ person: found, verifierUnits, isAdmin, units }: Props) {
  const t = usePeopleT();
  const { lang } = useI18n();
  // Asked again by e-mail, so the panel shows each change as soon as it is made.
  const [{ data, fetching }, reexecute] = useQuery({
    query: PeopleSearchQuery,
    variables: { search: found.email },
    requestPolicy: 'cache-and-network',
  });
  const person = data?.people.edges.find((edge) => edge.node.id === found.id)?.node ?? found;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <section className="people-panel" aria-labelledby="people-panel-heading">
      <h2 id="people-panel-heading">{person.displayName}</h2>
      <dl className="people-facts">
        <dt>{t('person.email')}</dt>
        <dd>{person.email}</dd>
        <dt>{t('person.since')}</dt>
        <dd>{formatDate(person.createdAt, lang)}</dd>
        {person.birthYear != null && (
          <>
            <dt>{t('person.birthYear')}</dt>
            <dd>{person.birthYear}</dd>
          </>
        )}
      </dl>
      {/* Held while the person is being asked for: a change made then would be undone by the
          answer already under way, which the refresh after the change would only join. */}
      <fieldset className="people-changes" disabled={fetching} aria-busy={fetching}>
        <VerificationSection person={person} units={verifierUnits} onChanged={refresh} />
        {isAdmin && <RoleSection person={person} units={units} onChanged={refresh} />}
      </fieldset>
    </section>
  );
}
