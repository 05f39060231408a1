import { beforeAll, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { sessionCookieName } from '../identity/request-credentials.js';
import { formalAuthor, hiddenBody, reportScenario } from './reports.scenario.js';

const { db, services, server, request } = useTestServer();
let planner: SignedIn;

beforeAll(async () => {
  ({ planner } = await organisers(db, services));
});

const page = async (id: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/consultations/${id}/report`, { headers });
  return { res, text: await res.text() };
};

async function published() {
  const scenario = await reportScenario(db, planner.user.id);
  const { body } = await request(
    'mutation ($id: ID!) { publishConsultationReport(consultationId: $id) { status } }',
    { id: scenario.id },
    planner.headers,
  );
  expect(body.errors).toBeUndefined();
  return scenario;
}

test('a published report prints as Polish HTML with every text escaped', async () => {
  const { id } = await published();
  const { res, text } = await page(id);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(text).toMatch(/^<!doctype html>\n<html lang="pl">/);
  expect(text).toContain(
    '<title>Raport z konsultacji: Park Dreszera &amp; okolice: &quot;plan&quot; &lt;2026&gt;</title>',
  );
  expect(text).toContain('Nie zgadzam się &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(text).not.toContain('<script>');
  expect(text).toContain('@media print');
  expect(text).toContain('Urząd Dzielnicy Mokotów');
  expect(text).toContain('Spacer studyjny');
  expect(text).toContain('Nieuwzględniona');
  expect(text).toContain(formalAuthor.parcels[0]);
  expect(text).not.toContain(formalAuthor.name);
  expect(text).not.toContain('Wersja robocza');
  // The formal remark hidden after reports is listed, its text withheld with a note.
  expect(text).not.toContain(hiddenBody);
  expect(text).toContain('Treść uwagi ukryta przez moderację');
  expect(res.headers.get('cache-control')).toMatch(/public/);
});

test('the organiser’s copy names formal remarks’ authors and is never cached', async () => {
  const { id } = await published();
  const { res, text } = await page(id, planner.headers);
  expect(text).toContain(formalAuthor.name);
  expect(text).toContain('właściciel');
  expect(text).toContain(hiddenBody);
  expect(text).toContain('Uwaga ukryta przez moderację na stronie konsultacji');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
});

test('a report not yet published is a 404 to the public, a draft to the organiser', async () => {
  const { id } = await reportScenario(db, planner.user.id);
  const visitor = await page(id);
  expect(visitor.res.status).toBe(404);
  expect(visitor.text).toContain('<html lang="pl">');
  expect(visitor.text).toContain('Nie znaleziono raportu');
  const { secret } = await services.sessions.open(planner.user.id);
  const own = await page(id, { cookie: `${sessionCookieName}=${secret}` });
  expect(own.res.status).toBe(200);
  expect(own.text).toContain('Wersja robocza');
});

test.each([
  ['an unknown consultation', '00000000-0000-4000-8000-000000000000'],
  ['a malformed id', 'nope'],
])('%s is a 404 page', async (_, id) => {
  const { res, text } = await page(id);
  expect(res.status).toBe(404);
  expect(text).toContain('Nie znaleziono raportu');
});

test('a draft consultation is a 404 page', async () => {
  const { id } = await createConsultation(db, { status: 'DRAFT' });
  expect((await page(id)).res.status).toBe(404);
});
