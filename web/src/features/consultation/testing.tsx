import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { createClient, Provider } from 'urql';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Comment, Consultation } from './consultation.queries';

// No exchanges: nothing leaves the test; queries stay unanswered (signed out, loading).
const offline = createClient({ url: 'http://localhost/graphql', exchanges: [] });

/** Markup of a component of this screen, in Polish, with a router and an offline client. */
export function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <Provider value={offline}>
      <MemoryRouter initialEntries={['/consultations/c1']}>
        <I18nProvider>{node}</I18nProvider>
      </MemoryRouter>
    </Provider>,
  );
}

export const consultation = {
  id: 'c1',
  title: 'Plan',
  summary: 'Streszczenie',
  descriptionHtml: '<p>Opis</p>',
  status: 'OPEN',
  opensAt: '2026-03-01T10:00:00Z',
  closesAt: '2026-04-01T10:00:00Z',
  reportPublishedAt: null,
  area: { type: 'Point', coordinates: [21, 52] },
  unit: { id: 'u1', name: 'Biuro Planowania' },
  topics: [],
  documents: [],
  meetings: [],
  plans: [],
} as unknown as Consultation;

export function comment(id: string, patch: Partial<Comment> = {}): Comment {
  return {
    id,
    body: `Uwaga ${id}`,
    stance: 'OBJECTION',
    status: 'VISIBLE',
    createdAt: '2026-03-02T10:00:00Z',
    editedAt: null,
    geometry: { type: 'Point', coordinates: [21, 52] },
    zoneId: null,
    formalRemark: false,
    supportCount: 3,
    supportedByMe: false,
    author: { id: 'a1', displayName: 'Mieszkaniec 1' },
    topic: null,
    response: null,
    replies: [],
    ...patch,
  } as Comment;
}
