import { describe, expect, it } from 'vitest';
import { en, messageParts, pl } from './catalog';
import { type Catalogs, catalogs, parseLang, translate } from './translate';

describe('translate', () => {
  it('answers from the chosen language', () => {
    expect(translate(catalogs, 'pl', 'nav.budget')).toBe('Budżet obywatelski');
    expect(translate(catalogs, 'en', 'nav.budget')).toBe('Participatory budget');
  });

  it('falls back to Polish, then to the key, when a catalog has a gap', () => {
    const gappy: Catalogs = { pl: { 'nav.budget': 'Budżet obywatelski' }, en: {} };
    expect(translate(gappy, 'en', 'nav.budget')).toBe('Budżet obywatelski');
    expect(translate(gappy, 'en', 'state.empty')).toBe('state.empty');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(catalogs, 'en', 'budget.map.labelSelected', { title: 'Park' })).toBe(
      'Map of the projects, selected: Park',
    );
    expect(translate(catalogs, 'en', 'budget.map.labelSelected')).toContain('{title}');
  });

  it('does not expand placeholders found in parameter values', () => {
    const text = translate(catalogs, 'pl', 'budget.map.labelSelected', { title: '{title}' });
    expect(text).toBe('Mapa projektów, wybrany: {title}');
  });

  it('has no key defined by two features', () => {
    const defined = messageParts.reduce((sum, part) => sum + Object.keys(part.pl).length, 0);
    expect(Object.keys(pl)).toHaveLength(defined);
  });

  it('has the same keys and no empty messages in both catalogs', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
    for (const message of [...Object.values(pl), ...Object.values(en)]) {
      expect(message.trim()).not.toBe('');
    }
  });
});

describe('parseLang', () => {
  it('accepts known codes and defaults to Polish otherwise', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('pl')).toBe('pl');
    expect(parseLang('de')).toBe('pl');
    expect(parseLang('')).toBe('pl');
    expect(parseLang(null)).toBe('pl');
  });
});
