import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { FeedbackTable } from './FeedbackTable';
import type { FeedbackCell } from './planner.queries';

const cell = (key: string, name: string, total: number, answeredShare: number): FeedbackCell => ({
  key,
  name,
  total,
  answeredShare,
  geometry: { type: 'Point', coordinates: [21, 52] },
  stances: { objection: total - 1, proposal: 1, question: 0, support: 0 },
});

function render(cells: FeedbackCell[], selectedKey: string | null = null): string {
  return renderToStaticMarkup(
    <I18nProvider>
      <FeedbackTable cells={cells} selectedKey={selectedKey} onSelect={() => {}} />
    </I18nProvider>,
  );
}

describe('FeedbackTable', () => {
  it('says so when no area has comments', () => {
    expect(render([])).toContain('Żadna uwaga nie spełnia filtrów.');
  });

  it('lists each area with its counts by stance and its answered share', () => {
    const html = render([cell('mokotow', 'Mokotów', 12, 0.25)]);
    expect(html).toContain('>Mokotów</button>');
    expect(html).toContain('<td>12</td><td>11</td><td>0</td><td>1</td><td>0</td>');
    expect(html).toContain('25%');
  });

  it('is sorted by count, largest first, and says so to screen readers', () => {
    const html = render([cell('a', 'Mała', 2, 0), cell('b', 'Duża', 9, 0)]);
    expect(html.indexOf('Duża')).toBeLessThan(html.indexOf('Mała'));
    expect(html).toMatch(/<th scope="col" aria-sort="descending"><button[^>]*>Uwagi/);
  });

  it('marks the chosen area as pressed', () => {
    const html = render([cell('a', 'Mała', 2, 0), cell('b', 'Duża', 9, 0)], 'a');
    expect(html).toMatch(/aria-pressed="true">Mała/);
    expect(html).toMatch(/aria-pressed="false">Duża/);
  });
});
