import { describe, expect, it } from 'vitest';
import { i18n, languages } from './i18n';
import { argumentNames } from './icu';

type Catalog = Record<string, string>;

// Every catalog translators edit, found by the convention `<folder>/locales/<lang>.json`, and
// every module that registers one, so a new feature's catalog is checked without a list.
const files = import.meta.glob<Catalog>('../**/locales/*.json', { eager: true, import: 'default' });
const modules = import.meta.glob<Record<string, unknown>>('../**/*.i18n.ts', { eager: true });

const folders = [...new Set(Object.keys(files).map((path) => path.replace(/\/locales\/.*$/, '')))];
const catalogOf = (folder: string, lang: string): Catalog =>
  files[`${folder}/locales/${lang}.json`] ?? {};

// Options i18next takes from the values it is given: an argument of that name would be lost.
const reservedNames = ['lng', 'lngs', 'ns', 'defaultValue', 'keyPrefix', 'replace', 'context'];

describe('catalogs', () => {
  it('are found, one Polish and one English per folder', () => {
    expect(folders.length).toBeGreaterThan(8);
    for (const folder of folders) {
      for (const lang of languages)
        expect(files[`${folder}/locales/${lang}.json`], folder).toBeDefined();
    }
  });

  it.each(folders)('%s: English has exactly the Polish keys, none empty', (folder) => {
    const pl = catalogOf(folder, 'pl');
    const en = catalogOf(folder, 'en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
    for (const message of [...Object.values(pl), ...Object.values(en)]) {
      expect(message.trim()).not.toBe('');
    }
  });

  it.each(folders)('%s: messages parse as ICU, with the same arguments in both', (folder) => {
    const en = catalogOf(folder, 'en');
    for (const [key, polish] of Object.entries(catalogOf(folder, 'pl'))) {
      const names = argumentNames(polish, 'pl');
      expect(argumentNames(en[key] ?? '', 'en'), `${folder} ${key}`).toEqual(names);
      expect(
        names.filter((name) => reservedNames.includes(name)),
        `${folder} ${key}`,
      ).toEqual([]);
    }
  });

  it('are each registered by their module, under a namespace of their own', () => {
    const namespaces = Object.values(modules).flatMap((exports) =>
      Object.values(exports).flatMap((value) =>
        typeof value === 'object' && value !== null && 'name' in value ? [value.name] : [],
      ),
    );
    expect(new Set(namespaces).size).toBe(namespaces.length);
    expect(namespaces).toHaveLength(folders.length);
    for (const namespace of namespaces) {
      for (const lang of languages)
        expect(i18n.hasResourceBundle(lang, namespace as string)).toBe(true);
    }
  });
});
