import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { HomeList, type HomeListProps } from './HomeList';
import type { HomeItem } from './homeItems';

const park: HomeItem = {
  key: 'consultation:7',
  kind: 'consultation',
  id: '7',
  title: 'Przebudowa parku',
  status: 'OPEN',
  href: '/consultations/7',
  geometries: [],
  bounds: [
    [21, 52],
    [21.1, 52.1],
  ],
  districtIds: [],
};
const benches: HomeItem = {
  ...park,
  key: 'project:9',
  kind: 'project',
  id: '9',
  title: 'Ławki',
  status: 'ACCEPTED',
  href: '/budget/projects/9',
  bounds: null,
};

function render(props: Partial<HomeListProps>): string {
  const all: HomeListProps = {
    items: [],
    selectedKey: null,
    onSelect: () => {},
    onHighlight: () => {},
    ...props,
  };
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider>
        <HomeList {...all} />
      </I18nProvider>
    </MemoryRouter>,
  );
}

describe('HomeList', () => {
  it('says when nothing matches the filters', () => {
    const html = render({});
    expect(html).toContain('Na mapie (0)');
    expect(html).toContain('Nic nie pasuje do filtrów.');
  });

  it('links each item to its page, with its kind and status in words', () => {
    const html = render({ items: [park, benches] });
    expect(html).toContain('href="/consultations/7"');
    expect(html).toContain('href="/budget/projects/9"');
    expect(html).toContain('Konsultacje · trwają');
    expect(html).toContain('Projekt budżetu obywatelskiego · dopuszczony do głosowania');
  });

  it('marks the selected item pressed, and offers no map button for an unlocated one', () => {
    const html = render({ items: [park, benches], selectedKey: 'consultation:7' });
    expect(html).toMatch(/class="home-item selected"/);
    expect(html).toContain('aria-pressed="true"');
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Bez lokalizacji na mapie');
  });
});
