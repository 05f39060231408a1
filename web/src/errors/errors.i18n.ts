import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/I18nProvider';
import { i18n, type Lang } from '../i18n/i18n';
import { argumentNames } from '../i18n/icu';
import { defineNamespace, type KeyOf, type Params } from '../i18n/namespace';
import { refusalOf } from './apiError';
import en from './locales/en.json';
import pl from './locales/pl.json';

/**
 * One message per refusal reason of the API (`extensions.reason`), worded from its `params`,
 * then one per code for a reason this client does not know yet. The API's own message is
 * English for developers and is never shown.
 */
export const errorTexts = defineNamespace('errors', pl, en);

type ErrorKey = KeyOf<typeof errorTexts>;

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T/;

// Timestamps arrive as ISO strings; ICU's `{opensAt, date, long}` formats Dates.
function valuesOf(params: Record<string, unknown>, field: string | undefined): Params {
  const values: Params = field === undefined ? {} : { field };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') values[name] = value;
    else if (typeof value === 'string')
      values[name] = isoTimestamp.test(value) ? new Date(value) : value;
  }
  return values;
}

/** The key's message if it exists and every argument it names has a value. */
function wordable(lang: Lang, key: string, values: Params): key is ErrorKey {
  const message: unknown = i18n.getResource(lang, errorTexts.name, key);
  return (
    typeof message === 'string' && argumentNames(message, lang).every((name) => name in values)
  );
}

/** What to tell the user about a failed request, in their language. */
export function errorText(error: CombinedError, lang: Lang): string {
  const t = errorTexts.fixedT(lang);
  const refusal = refusalOf(error);
  if (!refusal) return t(error.networkError ? 'network' : 'unknown');
  const values = valuesOf(refusal.params, refusal.field);
  if (refusal.reason && wordable(lang, refusal.reason, values)) return t(refusal.reason, values);
  const byCode = `code.${refusal.code}`;
  return wordable(lang, byCode, {}) ? t(byCode) : t('unknown');
}

/** `errorText` in the chosen language. */
export function useErrorText(): (error: CombinedError) => string {
  const { lang } = useI18n();
  return (error) => errorText(error, lang);
}
