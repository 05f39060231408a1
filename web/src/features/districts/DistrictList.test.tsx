import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { DistrictList, type DistrictListProps } from './DistrictList';
import type { District } from './districts.queries';

const mokotow: District = {
  id: '7',
  name: 'Mokotów',
  slug: 'mokotow',
  geometry: { type: 'Point', coordinates: [21, 52.2] },
};

function render(props: Partial<DistrictListProps>): string {
  const all: DistrictListProps = {
    districts: [],
    fetching: false,
    failed: false,
    onRetry: () => {},
    selectedId: null,
    onSelect: () => {},
    ...props,
  };
  // The default language, Polish: nothing is stored in node.
  return renderToStaticMarkup(
    <I18nProvider>
      <DistrictList {...all} />
    </I18nProvider>,
  );
}

describe('DistrictList', () => {
  it('says it is loading while the first request runs', () => {
    const html = render({ fetching: true });
    expect(html).toContain('Wczytywanie dzielnic…');
    expect(html).toContain('role="status"');
  });

  it('shows an error with a retry button', () => {
    const html = render({ failed: true });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Nie udało się wczytać dzielnic.');
    expect(html).toContain('Spróbuj ponownie');
  });

  it('says when there are no districts', () => {
    expect(render({})).toContain('Brak dzielnic do wyświetlenia.');
  });

  it('lists districts as options, marking the selected one', () => {
    const html = render({ districts: [mokotow], selectedId: '7', fetching: true, failed: true });
    expect(html).toContain('role="listbox"');
    expect(html).toMatch(/role="option" aria-selected="true"[^>]*>Mokotów</);
    expect(html).not.toContain('role="alert"');
  });
});
