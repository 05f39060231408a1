import type { ComponentProps } from 'react';
import { useAccountT } from './account.i18n';
import { Field } from './Field';

type Props = Omit<ComponentProps<typeof Field>, 'label'>;

/** The name shown with what one writes: asked at sign-up, changed on the account page. */
export function DisplayNameField(props: Props) {
  const t = useAccountT();
  return (
    <Field
      label={t('field.displayName')}
      hint={t('field.displayNameHint')}
      autoComplete="nickname"
      required
      {...props}
    />
  );
}

/** The optional birth year, which the budget vote's age rule reads. */
export function BirthYearField(props: Props) {
  const t = useAccountT();
  return (
    <Field
      label={t('field.birthYear')}
      hint={t('field.birthYearHint')}
      type="number"
      inputMode="numeric"
      min={1900}
      {...props}
    />
  );
}
