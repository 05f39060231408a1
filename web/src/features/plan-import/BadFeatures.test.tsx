import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BadFeatures } from './BadFeatures';

const render = (faults: { index: number; reason: string }[]) =>
  renderToStaticMarkup(
    <I18nProvider>
      <BadFeatures faults={faults} total={9} />
    </I18nProvider>,
  );

describe('BadFeatures', () => {
  it('lists every fault by its feature’s index, counting a feature with two faults once', () => {
    const html = render([
      { index: 1, reason: 'symbol is missing' },
      { index: 4, reason: 'geometry type Point is not allowed here' },
      { index: 4, reason: 'designationCode is blank' },
    ]);
    expect(html).toContain('Błędne obiekty: 2 z 9');
    expect(html).toContain('<strong>Obiekt nr 1:</strong> symbol is missing');
    expect(html.match(/Obiekt nr 4:/g)).toHaveLength(2);
    expect(html).toContain('Nic nie zostało zapisane.');
  });

  it('shows nothing for a file without faults', () => {
    expect(render([])).toBe('');
  });
});
