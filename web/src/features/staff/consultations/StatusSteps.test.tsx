import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { createClient, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import type { StaffConsultation } from './consultations.queries';
import { StatusSteps } from './StatusSteps';

// No exchanges: nothing leaves the test.
const offline = createClient({ url: 'http://localhost/graphql', exchanges: [] });

const consultation = (patch: Partial<StaffConsultation>) =>
  ({
    id: 'c1',
    status: 'DRAFT',
    opensAt: '2026-12-01T08:00:00Z',
    closesAt: '2027-01-01T08:00:00Z',
    ...patch,
  }) as StaffConsultation;

const render = (c: StaffConsultation) =>
  renderToStaticMarkup(
    <Provider value={offline}>
      <MemoryRouter>
        <I18nProvider>
          <StatusSteps consultation={c} />
        </I18nProvider>
      </MemoryRouter>
    </Provider>,
  );

describe('StatusSteps', () => {
  it('offers announcing a draft, the present step marked', () => {
    const html = render(consultation({}));
    expect(html).toContain('Zapowiedz…');
    expect(html).toMatch(/aria-current="step"[^>]*>Szkic/);
    expect(html).not.toContain('disabled');
  });

  it('holds the step back until both dates are set, saying so', () => {
    const html = render(consultation({ closesAt: null }));
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Zapowiedz…/);
    expect(html).toContain('Najpierw ustaw początek i koniec.');
  });

  it('after closing, leads to the planner view to publish the report, with no more steps', () => {
    const html = render(consultation({ status: 'CLOSED' }));
    expect(html).toContain('href="/consultations/c1/feedback"');
    expect(html).not.toContain('…</button>');
  });

  it('once reported, links to the report', () => {
    expect(render(consultation({ status: 'REPORTED' }))).toContain(
      'href="/consultations/c1/report"',
    );
  });
});
