import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { type PabulibField, usePabulibTerm } from './pabulibTerms';

function Term({ field, value }: { field: PabulibField; value: string }) {
  return <>{usePabulibTerm()(field, value)}</>;
}

const render = (field: PabulibField, value: string) =>
  renderToStaticMarkup(
    <I18nProvider>
      <Term field={field} value={value} />
    </I18nProvider>,
  );

describe('usePabulibTerm', () => {
  it("words Pabulib's English codes in Polish, the default language", () => {
    expect(render('category', 'urban greenery')).toBe('zieleń miejska');
    expect(render('target', 'families with children')).toBe('rodziny z dziećmi');
  });

  it('leaves a value of no known code as it is', () => {
    expect(render('category', 'zieleń')).toBe('zieleń');
    expect(render('target', 'urban greenery')).toBe('urban greenery');
  });
});
