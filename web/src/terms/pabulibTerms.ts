import pl from './locales/pl.json';
import { type TermKey, useTerms } from './terms.i18n';

/** Which of a project's Pabulib fields a value comes from. */
export type PabulibField = 'category' | 'target';

const prefixes: Record<PabulibField, string> = {
  category: 'pabulibCategory.',
  target: 'pabulibTarget.',
};

/**
 * A category or target group as the interface language words it: Pabulib files carry English
 * codes ("urban greenery"); a value of no known code (a resident's own, in Polish) stays as is.
 */
export function usePabulibTerm() {
  const term = useTerms();
  return (field: PabulibField, value: string) => {
    const key = `${prefixes[field]}${value}`;
    return key in pl ? term(key as TermKey) : value;
  };
}
