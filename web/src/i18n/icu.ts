import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang } from './i18n';

type Element = { type: number; value?: unknown; options?: object; children?: unknown };

// intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
// (0 literal, 7 the plural's #, 8 a tag).
const isArgument = (type: number) => type >= 1 && type <= 6;

/** The names of an ICU message's arguments (`{title}`, `{count, plural, …}`), nested ones too. */
export function argumentNames(message: string, lang: Lang): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (isArgument(element.type)) names.add(String(element.value));
      for (const option of Object.values(element.options ?? {}) as { value: Element[] }[]) {
        walk(option.value);
      }
      if (Array.isArray(element.children)) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, lang).getAst() as Element[]);
  return [...names].sort();
}
