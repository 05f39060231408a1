import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { usePeopleT } from './people.i18n';
import type { Person } from './people.queries';
import { RevokeVerificationForm } from './RevokeVerificationForm';
import { VerifyForm } from './VerifyForm';
import type { Unit } from './verifierUnits';

type Props = { person: Person; units: readonly Unit[]; onChanged: () => void };

/** Whether the person is verified, how, and the form that changes it. */
export function VerificationSection({ person, units, onChanged }: Props) {
  const t = usePeopleT();
  const { lang } = useI18n();
  const { verification, verificationRequest } = person;
  const mayVerify = units.length > 0;
  return (
    <section className="people-subsection" aria-labelledby="people-verification-heading">
      <h3 id="people-verification-heading">{t('verification.heading')}</h3>
      {verification ? (
        <p>
          {t('verification.held', {
            method: t(`method.${verification.method}`),
            document: t(`document.${verification.document}`),
            // Noon UTC is the same calendar day in every zone the office could be in.
            day: formatDate(`${verification.checkedOn}T12:00:00Z`, lang),
            unit: verification.unit.name,
          })}
        </p>
      ) : (
        <p>{t(person.verified ? 'verification.heldEarlier' : 'verification.none')}</p>
      )}
      {verificationRequest && !person.verified && (
        <p className="people-meta">
          {verificationRequest.unit
            ? t('waiting.at', {
                unit: verificationRequest.unit.name,
                since: formatDate(verificationRequest.createdAt, lang),
              })
            : t('waiting.anywhere', { since: formatDate(verificationRequest.createdAt, lang) })}
        </p>
      )}
      {mayVerify &&
        (person.verified ? (
          <RevokeVerificationForm userId={person.id} onDone={onChanged} />
        ) : (
          <VerifyForm
            userId={person.id}
            units={units}
            preferredUnitId={verificationRequest?.unit?.id ?? null}
            onDone={onChanged}
          />
        ))}
    </section>
  );
}
