import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { countBallot } from './ballot';
import type { ProjectSummary } from './budget.queries';
import { PoolPicker, type PoolPickerProps } from './PoolPicker';

const project = (id: string, title: string): ProjectSummary => ({
  id,
  title,
  poolId: 'mokotow',
  status: 'ACCEPTED',
  categories: [],
  cost: { pln: '150000.00' },
  locations: [],
});
const projects = [project('a', 'Ławki'), project('b', 'Drzewa'), project('c', 'Plac zabaw')];
const pools = [{ id: 'mokotow', kind: 'AREA' }] as const;

function render(projectIds: string[], props: Partial<PoolPickerProps> = {}): string {
  const limits = { areaMaxApprovals: 2, citywideMaxApprovals: 2 };
  const count = countBallot(limits, pools, projects, { districtPoolId: 'mokotow', projectIds });
  if (!count.district) throw new Error('no district count');
  return renderToStaticMarkup(
    <I18nProvider>
      <MemoryRouter>
        <PoolPicker
          heading="Mokotów"
          count={count.district}
          projects={projects}
          chosen={new Set(projectIds)}
          refusal={null}
          onToggle={() => {}}
          {...props}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('PoolPicker', () => {
  it('counts the chosen projects against the pool’s limit', () => {
    expect(render([])).toContain('Wybrano 0 z 2');
    expect(render(['a', 'c'])).toContain('Wybrano 2 z 2');
    expect(render(['a'])).toContain('Wybierz do 2 z 3 projektów tej puli.');
  });

  it('ticks the chosen projects only', () => {
    const html = render(['b']);
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toMatch(/checked=""\/><span>Drzewa/);
    expect(html).toContain('150');
  });

  it('links each project to its page, named by its title', () => {
    expect(render([])).toContain(
      '<a aria-label="Opis projektu: Drzewa" href="/budget/projects/b" data-discover="true">opis</a>',
    );
  });

  it('explains a refused project', () => {
    const html = render(['a', 'b'], { refusal: 'overLimit' });
    expect(html).toContain('W tej puli wybrano już 2 – to limit.');
  });
});
