import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  expectAccessible,
  gqlAs,
  mapSettled,
  saveReadmeScreenshot,
  saveScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

const planFixture = (crs: '4326' | '2180') =>
  readFileSync(
    new URL(
      `../../api/src/modules/plans/fixtures/mokotow-plan.epsg${crs}.geojson`,
      import.meta.url,
    ),
    'utf8',
  );

/** A resident of this run only, so that no other test has reported, verified or granted them. */
async function newResident(context: BrowserContext, name: string) {
  const email = `${name}-${Date.now()}@example.org`;
  const { signUp } = await gqlAs<{ signUp: { id: string } }>(
    context,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }',
    { input: { email, password: 'a long enough password', displayName: name, birthYear: 1990 } },
  );
  return { id: signUp.id, email };
}

/** A remark of its own on the demo park consultation, reported once by the demo resident. */
async function reportedRemark(body: string) {
  const author = await openContext();
  await signInAs(author.context, 'verified');
  const { consultations } = await gqlAs<{
    consultations: { edges: { node: { id: string; title: string } }[] };
  }>(author.context, '{ consultations(first: 20) { edges { node { id title } } } }');
  const park = consultations.edges.find(({ node }) => node.title.includes('Orlicz-Dreszera'));
  if (!park) throw new Error('The demo park consultation is missing');
  const { comments } = await gqlAs<{ comments: { edges: { node: { geometry: unknown } }[] } }>(
    author.context,
    'query ($id: ID!) { comments(consultationId: $id, first: 1) { edges { node { geometry } } } }',
    { id: park.node.id },
  );
  const { addComment } = await gqlAs<{ addComment: { id: string } }>(
    author.context,
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
    {
      input: {
        consultationId: park.node.id,
        body,
        stance: 'OBJECTION',
        geometry: comments.edges[0]?.node.geometry,
      },
    },
  );
  const reporter = await openContext();
  await signInAs(reporter.context, 'resident');
  await gqlAs(
    reporter.context,
    'mutation ($id: ID!) { reportComment(id: $id, reason: "Wulgarny wpis") { id } }',
    { id: addComment.id },
  );
  return addComment.id;
}

async function commentStatus(context: BrowserContext, id: string) {
  const { comment } = await gqlAs<{ comment: { status: string } }>(
    context,
    'query ($id: ID!) { comment(id: $id) { status } }',
    { id },
  );
  return comment.status;
}

/** Opens a person found by e-mail on the people screen. */
async function openPerson(page: Page, email: string) {
  await page.goto('/staff/people');
  await page.getByLabel('E-mail lub nazwa').fill(email);
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await page
    .getByRole('list', { name: /Konta pasujące/ })
    .getByRole('button')
    .first()
    .click();
  return page.locator('.people-panel');
}

describe('moderation (issue 12)', () => {
  test('a moderator hides a reported remark with a reason, finds it among the hidden and restores it', async () => {
    const body = `Zgłoszona uwaga ${Date.now()} o ławkach`;
    const id = await reportedRemark(body);
    const { context, page } = await openContext();
    await signInAs(context, 'moderator');
    await page.goto('/staff/moderation');
    await page.getByRole('heading', { level: 1, name: 'Moderacja' }).waitFor();

    const queued = page
      .getByRole('region', { name: 'Zgłoszone uwagi' })
      .locator('.moderation-item', { hasText: body });
    // Narrowed to project comments, the remark is not there; to remarks, newest first, it is.
    await page.getByLabel('Dotyczy').selectOption({ label: 'komentarze do projektów budżetu' });
    await page.getByLabel('Kolejność').selectOption({ label: 'najnowsze zgłoszenia' });
    // Loaded: the count of what waits, or that nothing does.
    await page
      .getByRole('region', { name: 'Zgłoszone uwagi' })
      .getByText(/na decyzję\.$/)
      .first()
      .waitFor();
    await expect.poll(() => queued.count(), { timeout: 20_000 }).toBe(0);
    await page.getByLabel('Dotyczy').selectOption({ label: 'uwagi w konsultacjach' });
    await queued.getByText('Wulgarny wpis').waitFor();
    await queued.getByText(/Autor napisał/).waitFor();
    // A reason is required: nothing is sent without one.
    await queued.getByRole('button', { name: 'Ukryj uwagę' }).click();
    await queued.getByText('Podaj powód decyzji.').waitFor();
    expect(await commentStatus(context, id)).toBe('VISIBLE');
    await queued.getByLabel('Powód decyzji').fill('Narusza regulamin');
    await queued.getByRole('button', { name: 'Ukryj uwagę' }).click();
    await expect.poll(() => queued.count(), { timeout: 20_000 }).toBe(0);
    expect(await commentStatus(context, id)).toBe('HIDDEN');

    await page.getByLabel('Szukaj w treści').fill(body.slice(0, 30));
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    const hidden = page
      .getByRole('region', { name: 'Ukryte uwagi' })
      .locator('.moderation-item', { hasText: body });
    await hidden.getByText('Powód ukrycia: Narusza regulamin').waitFor();
    // Only restoring is offered for a hidden remark.
    expect(await hidden.getByRole('button', { name: 'Ukryj uwagę' }).count()).toBe(0);
    await expectAccessible(page);
    await hidden.getByLabel('Powód przywrócenia').fill('Po ponownej ocenie');
    await hidden.getByRole('button', { name: 'Przywróć uwagę' }).click();
    await expect.poll(() => hidden.count(), { timeout: 20_000 }).toBe(0);
    expect(await commentStatus(context, id)).toBe('VISIBLE');
  });
});

describe('people (issue 12)', () => {
  test('an admin verifies a resident found by e-mail, who can then vote', async () => {
    const voter = await openContext();
    const { email } = await newResident(voter.context, 'Wyborca');
    const { context, page } = await openContext();
    await signInAs(context, 'admin');
    const panel = await openPerson(page, email);
    await panel.getByText('Niezweryfikowany').waitFor();
    expect(await page.getByLabel(/numer/i).count()).toBe(0);
    await page.getByLabel('Okazany dokument').selectOption({ label: 'dowód osobisty' });
    await page
      .getByLabel('Urząd, który weryfikuje')
      .selectOption({ label: 'Urząd Dzielnicy Mokotów' });
    await page.getByLabel('Rok urodzenia z dokumentu (nieobowiązkowy)').fill('1990');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zweryfikuj', exact: true }).click();
    await page.getByText(/Zweryfikowany: osobiście w urzędzie, dokument: dowód osobisty/).waitFor();
    await page.getByRole('button', { name: 'Cofnij weryfikację' }).waitFor();

    const { editions } = await gqlAs<{
      editions: { id: string; title: string; currentPhase: string }[];
    }>(voter.context, '{ editions { id title currentPhase } }');
    const voting = editions.find((edition) => edition.currentPhase === 'VOTING');
    if (!voting) throw new Error('No budget edition is voting');
    await voter.page.goto(`/budget/${voting.id}/vote`);
    await voter.page.getByRole('radio').first().check();
    await voter.page.getByRole('checkbox').first().check();
    await voter.page.getByRole('button', { name: 'Dalej: sprawdź głos' }).click();
    await voter.page.getByRole('button', { name: 'Oddaj głos' }).click();
    await voter.page
      .getByRole('heading', { name: 'Dziękujemy! Twój głos został oddany.' })
      .waitFor();
  });

  test('an admin grants a planner role scoped to a district office, then revokes it', async () => {
    const future = await openContext();
    const { id, email } = await newResident(future.context, 'Planistka');
    const { context, page } = await openContext();
    await signInAs(context, 'admin');
    await openPerson(page, email);
    await page.getByText('Brak ról: zwykłe konto mieszkańca.').waitFor();
    await page.getByLabel('Rola', { exact: true }).selectOption({ label: 'Planista' });
    // A planner's role needs its unit.
    await page.getByRole('button', { name: 'Nadaj rolę' }).click();
    await page.getByText('Planista pracuje dla jednostki: wybierz ją.').waitFor();
    await page.getByLabel('Jednostka planisty').selectOption({ label: 'Urząd Dzielnicy Wola' });
    await page.getByRole('button', { name: 'Nadaj rolę' }).click();
    await page.getByText('Planista: Urząd Dzielnicy Wola').waitFor();

    const { me } = await gqlAs<{
      me: { id: string; roles: { role: string; unit: { name: string } }[] };
    }>(future.context, '{ me { id roles { role unit { name } } } }');
    expect(me.id).toBe(id);
    expect(me.roles).toEqual([{ role: 'PLANNER', unit: { name: 'Urząd Dzielnicy Wola' } }]);

    await page
      .getByRole('button', { name: 'Odbierz rolę: Planista: Urząd Dzielnicy Wola' })
      .click();
    await page.getByText('Brak ról: zwykłe konto mieszkańca.').waitFor();
  });
});

/** Two faults: feature 1 without its symbol, feature 4 a point instead of an area. */
function fileWithTwoFaults(): string {
  const plan = JSON.parse(planFixture('4326'));
  delete plan.features[1].properties.symbol;
  plan.features[4].geometry = { type: 'Point', coordinates: [21.01, 52.2] };
  return JSON.stringify(plan);
}

async function consultationWithoutPlan(planner: BrowserContext): Promise<string> {
  const { units } = await gqlAs<{ units: { id: string; slug: string }[] }>(
    planner,
    '{ units(kind: DISTRICT_OFFICE) { id slug } }',
  );
  const { createConsultation } = await gqlAs<{ createConsultation: { id: string } }>(
    planner,
    `mutation ($unitId: ID!, $input: ConsultationInput!) {
      createConsultation(unitId: $unitId, input: $input) { id } }`,
    {
      unitId: units.find((unit) => unit.slug === 'urzad-dzielnicy-mokotow')?.id,
      input: {
        title: `Plan rejonu Racławickiej ${Date.now()}`,
        summary: 'Projekt planu miejscowego do konsultacji.',
        opensAt: new Date(Date.now() + 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
  );
  return createConsultation.id;
}

async function plansOf(context: BrowserContext, id: string) {
  const { consultation } = await gqlAs<{ consultation: { plans: { version: string }[] } }>(
    context,
    'query ($id: ID!) { consultation(id: $id) { plans { version } } }',
    { id },
  );
  return consultation.plans;
}

async function choosePlanFile(page: Page, name: string, text: string) {
  await page.getByLabel('Plik GeoJSON').setInputFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(text),
  });
}

describe('plan import (issue 12)', () => {
  test('a file with two bad features shows both reasons and writes nothing; a good file imports', async () => {
    const { context, page } = await openContext({ height: 1000 });
    await signInAs(context, 'planner');
    const id = await consultationWithoutPlan(context);
    await page.goto(`/staff/plans/import?consultation=${id}`);
    await page.getByText('Ta konsultacja nie ma jeszcze planu.').waitFor();

    await choosePlanFile(page, 'plan-z-bledami.geojson', fileWithTwoFaults());
    await page.getByText('W pliku jest 9 obiektów.').waitFor();
    await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
    const faults = page.getByRole('region', { name: 'Błędne obiekty: 2 z 9' });
    await faults.getByText('Obiekt nr 1:').waitFor();
    await faults.getByText('Obiekt nr 4:').waitFor();
    expect(await faults.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await faults.getByText(/symbol/).waitFor();
    expect(await page.getByRole('button', { name: 'Importuj plan' }).count()).toBe(0);
    await mapSettled(page);
    await saveReadmeScreenshot(page, 'plan-import-preview');
    await expectAccessible(page);
    expect(await plansOf(context, id)).toEqual([]);

    await choosePlanFile(page, 'mokotow-plan.epsg2180.geojson', planFixture('2180'));
    await page.getByText('Plik deklaruje układ EPSG:2180 (PUWG 1992, metry).').waitFor();
    await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
    await page
      .getByText('Wszystkie obiekty są poprawne: 9 stref z 9 obiektów.', { exact: false })
      .waitFor();
    await page
      .getByRole('figure')
      .getByText(/MW — zabudowa mieszkaniowa wielorodzinna: 1MW, 2MW/)
      .waitFor();
    expect(await plansOf(context, id)).toEqual([]);
    await page.getByRole('button', { name: 'Importuj plan' }).click();
    await page.getByRole('heading', { name: 'Plan zaimportowany' }).waitFor();
    expect(await plansOf(context, id)).toEqual([{ version: '1' }]);
  });
});

describe('units (issue 12)', () => {
  test('an admin adds a district office, which needs its district, and sees it listed', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'admin');
    await page.goto('/staff/units');
    await page.getByRole('heading', { level: 1, name: 'Jednostki' }).waitFor();
    const name = `Urząd testowy ${Date.now()}`;
    const form = page.getByRole('form', { name: 'Nowa jednostka' });
    await form.getByLabel('Nazwa').fill(name);
    await form.getByLabel('Rodzaj').selectOption('DISTRICT_OFFICE');
    await form.getByRole('button', { name: 'Dodaj jednostkę' }).click();
    await form.getByText('Wybierz dzielnicę, którą obsługuje urząd.').waitFor();
    await form.getByLabel('Dzielnica, którą obsługuje').selectOption({ label: 'Wola' });
    await form.getByRole('button', { name: 'Dodaj jednostkę' }).click();
    await form.getByText(`Dodano jednostkę ${name}.`).waitFor();
    await page.getByRole('row', { name: new RegExp(`${name}.*Urząd dzielnicy.*Wola`) }).waitFor();
  });
});

const screens = [
  ['/staff/moderation', { pl: 'Moderacja', en: 'Moderation' }],
  ['/staff/people', { pl: 'Osoby', en: 'People' }],
  ['/staff/audit', { pl: 'Dziennik zmian', en: 'Audit log' }],
  ['/staff/plans/import', { pl: 'Import planu', en: 'Plan import' }],
  ['/staff/units', { pl: 'Jednostki', en: 'Units' }],
] as const;

describe('staff operations screens: axe in Polish and English, on a desktop and a phone', () => {
  test.each([
    ['pl', 1280],
    ['pl', 375],
    ['en', 1280],
    ['en', 375],
  ] as const)('%s at %i px', async (lang, width) => {
    const { context, page } = await openContext({ lang, width });
    await signInAs(context, 'admin');
    for (const [path, title] of screens) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: title[lang] }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.title()).toContain(title[lang]);
      await saveScreenshot(page, `staff${path.replaceAll('/', '-')}-${lang}-${width}`);
      await expectAccessible(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} overflows at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
});
