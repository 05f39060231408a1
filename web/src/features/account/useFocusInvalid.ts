import { type RefObject, useEffect } from 'react';

/**
 * After a failed submit, moves focus to the form's first invalid field, so its error (tied by
 * aria-describedby) is read out; form-wide errors are announced by their alert instead.
 */
export function useFocusInvalid(form: RefObject<HTMLFormElement | null>, failure: unknown): void {
  useEffect(() => {
    if (failure) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, failure]);
}
