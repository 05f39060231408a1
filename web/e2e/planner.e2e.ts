import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  demoPlanConsultationPath,
  expectAccessible,
  gqlAs,
  mapSettled,
  saveReadmeScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

let feedbackPath = '';
let consultationPath = '';

beforeAll(async () => {
  consultationPath = await demoPlanConsultationPath();
  feedbackPath = `${consultationPath}/feedback`;
});

/** Opens the planner view and waits for the table of areas and the map. */
async function openFeedback(page: Page): Promise<void> {
  await page.goto(feedbackPath);
  await page.locator('.planner-table tbody tr').first().waitFor();
  await page.locator('.planner-comment').first().waitFor();
  await mapSettled(page);
}

/** Chooses a grouping and waits until the table shows areas named as that grouping names them. */
async function groupBy(page: Page, label: string, name: RegExp): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await expect
    .poll(() => page.locator('.planner-table tbody th').first().textContent())
    .toMatch(name);
  await mapSettled(page);
}

describe('planner feedback view', () => {
  test('a planner switches groupings, filters to objections and answers two at once', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'planner');
    await openFeedback(page);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Racławickiej');
    await expect
      .poll(() => page.locator('.planner-table tbody th').first().textContent())
      .toBe('Mokotów');

    await groupBy(page, 'siatki', /^(.+, )?\d+,\d{4}° N, \d+,\d{4}° E$/);
    const cells = await page.locator('.planner-table tbody tr').count();
    expect(cells).toBeGreaterThan(3);
    await groupBy(page, 'stref planu', /^\d*[A-Z]/);
    // Choosing an area in the table narrows the comment list to it.
    const firstZone = page.locator('.planner-table tbody tr').first();
    const zoneTotal = await firstZone.locator('td').first().textContent();
    await firstZone.getByRole('button').click();
    await expect
      .poll(() => page.locator('#planner-comments-heading').textContent())
      .toBe(`Uwagi (${zoneTotal})`);
    await page.getByRole('button', { name: 'Wszystkie obszary' }).click();
    await groupBy(page, 'dzielnic', /^Mokotów$/);

    await page.getByRole('checkbox', { name: 'sprzeciw' }).check();
    const unanswered = page.locator('.planner-comment[data-answered="false"]');
    await unanswered.first().waitFor();
    await expect
      .poll(() => page.locator('.planner-comment .planner-stance').allTextContents())
      .toSatisfy((stances: string[]) => stances.every((s) => s.includes('sprzeciw')));

    const mokotow = page.locator('.planner-table tbody tr').first().locator('td');
    // The table counts objections only: every comment counted is one.
    await expect
      .poll(async () => (await mokotow.allTextContents()).slice(0, 2))
      .toSatisfy(([total, objections]: string[]) => total === objections);
    const answeredShare = () => mokotow.last().textContent();
    const shareBefore = await answeredShare();
    const boxes = [unanswered.nth(0), unanswered.nth(1)].map((item) => item.getByRole('checkbox'));
    const labels = await Promise.all(boxes.map((box) => box.getAttribute('aria-label')));
    for (const box of boxes) await box.check();
    const justification = `Uwagi rozpatrzone łącznie ${Date.now()}`;
    const bulk = page
      .locator('.planner-comments > .planner-response-form, .planner-comments form')
      .first();
    await bulk.getByLabel('Rozstrzygnięcie').selectOption('REJECTED');
    await bulk.getByLabel('Uzasadnienie').fill(justification);
    await bulk.getByRole('button', { name: 'Odpowiedz na zaznaczone (2)' }).click();

    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('Zapisano odpowiedź na 2 zaznaczone uwagi.');
    // Two more of about a hundred objections answered: the rounded share moves.
    await expect.poll(answeredShare).not.toBe(shareBefore);
    for (const label of labels) {
      const item = page.locator('.planner-comment', {
        has: page.getByRole('checkbox', { name: label ?? '' }),
      });
      await expect.poll(() => item.textContent()).toContain(justification);
      await expect.poll(() => item.getAttribute('data-answered')).toBe('true');
    }
  });

  test('is accessible in Polish and English, and on a phone', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'planner');
    await openFeedback(page);
    await groupBy(page, 'siatki', /^(.+, )?\d+,\d{4}° N, \d+,\d{4}° E$/);
    await saveReadmeScreenshot(page, 'planner-feedback');
    await expectAccessible(page);

    // One signed-in page throughout: sign-ins are rate-limited per account.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('feedback');
    await expectAccessible(page);

    await page.setViewportSize({ width: 375, height: 740 });
    await expectAccessible(page);
    const mapButton = page.getByRole('button', { name: 'Map', exact: true });
    await mapButton.click();
    expect(await mapButton.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.planner-map canvas').waitFor({ state: 'visible' });
    expect(await page.locator('.planner-panel').isVisible()).toBe(false);
    await expectAccessible(page);
  });

  test('refuses residents and visitors, pointing back to the consultation', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'resident');
    await page.goto(feedbackPath);
    await page.getByRole('heading', { level: 1, name: 'Widok dla planistów' }).waitFor();
    await page.getByText('tylko dla planistów').waitFor();
    expect(await page.locator('.planner-table').count()).toBe(0);
    const back = page.getByRole('link', { name: 'Wróć do konsultacji' });
    expect(await back.getAttribute('href')).toBe(consultationPath);
    await expectAccessible(page);

    const visitor = await openContext();
    await visitor.page.goto(feedbackPath);
    await visitor.page.getByText('Zaloguj się kontem planisty').waitFor();

    const moderator = await openContext();
    await signInAs(moderator.context, 'moderator');
    await moderator.page.goto(feedbackPath);
    const moderation = moderator.page.getByRole('link', { name: /przejdź do moderacji/ });
    expect(await moderation.getAttribute('href')).toBe('/staff/moderation');
  });

  test('publishes the report of a closed, answered consultation and links to it', async () => {
    const planner = await openContext();
    await signInAs(planner.context, 'planner');
    const { units } = await gqlAs<{ units: { id: string; slug: string }[] }>(
      planner.context,
      '{ units(kind: DISTRICT_OFFICE) { id slug } }',
    );
    const unitId = units.find((unit) => unit.slug === 'urzad-dzielnicy-mokotow')?.id;
    const { createConsultation } = await gqlAs<{ createConsultation: { id: string } }>(
      planner.context,
      `mutation ($unitId: ID!, $input: ConsultationInput!) {
        createConsultation(unitId: $unitId, input: $input) { id } }`,
      {
        unitId,
        input: {
          title: 'Ławki na Mokotowie (raport)',
          summary: 'Gdzie postawić ławki?',
          opensAt: new Date(Date.now() - 86_400_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    const id = createConsultation.id;
    const step = (status: string) =>
      gqlAs(
        planner.context,
        'mutation ($id: ID!, $status: ConsultationStatus!) { changeConsultationStatus(id: $id, status: $status) { id } }',
        { id, status },
      );
    await step('ANNOUNCED');
    await step('OPEN');

    const resident = await openContext();
    await signInAs(resident.context, 'resident');
    const { addComment } = await gqlAs<{ addComment: { id: string } }>(
      resident.context,
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      {
        input: {
          consultationId: id,
          body: 'Ławka przy stawie w parku.',
          stance: 'PROPOSAL',
          geometry: { type: 'Point', coordinates: [21.0125, 52.1985] },
        },
      },
    );
    await gqlAs(
      planner.context,
      `mutation ($ids: [ID!]!) { respondToComments(commentIds: $ids, decision: ACCEPTED,
        justification: "Ławka zostanie ustawiona.") { commentId } }`,
      { ids: [addComment.id] },
    );
    await step('CLOSED');

    const { page } = planner;
    await page.goto(`/consultations/${id}/feedback`);
    await page.getByRole('button', { name: 'Opublikuj raport' }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tak, opublikuj' }).click();
    const report = page.getByRole('link', { name: 'Otwórz opublikowany raport' });
    await report.waitFor();
    expect(await report.getAttribute('href')).toBe(`/consultations/${id}/report`);
    const published = await page.request.get(`/consultations/${id}/report`);
    expect(published.ok()).toBe(true);
  });

  test('an admin hides a reported comment with a reason, then restores it', async () => {
    const resident = await openContext();
    await signInAs(resident.context, 'resident');
    const { consultations } = await gqlAs<{
      consultations: { edges: { node: { id: string; title: string } }[] };
    }>(resident.context, '{ consultations(first: 20) { edges { node { id title } } } }');
    const park = consultations.edges.find(({ node }) => node.title.includes('Orlicz-Dreszera'));
    if (!park) throw new Error('The demo park consultation is missing');
    const { comments } = await gqlAs<{ comments: { edges: { node: { id: string } }[] } }>(
      resident.context,
      'query ($id: ID!) { comments(consultationId: $id, first: 1) { edges { node { id } } } }',
      { id: park.node.id },
    );
    await gqlAs(
      resident.context,
      'mutation ($id: ID!) { reportComment(id: $id, reason: "Obraźliwy język") { id } }',
      { id: comments.edges[0]?.node.id },
    );

    const { context, page } = await openContext();
    await signInAs(context, 'admin');
    await page.goto(`/consultations/${park.node.id}/feedback`);
    const reported = page.locator('.planner-comment', { hasText: 'Zgłoszenia (1): Obraźliwy' });
    await reported.getByLabel('Powód decyzji').fill('Narusza regulamin');
    await reported.getByRole('button', { name: 'Ukryj' }).click();
    const hidden = page.locator('.planner-comment', {
      hasText: 'Powód ukrycia: Narusza regulamin',
    });
    await hidden.getByLabel('Powód decyzji').fill('Po ponownej ocenie');
    await hidden.getByRole('button', { name: 'Przywróć' }).click();
    await expect.poll(() => hidden.count()).toBe(0);
    await expect.poll(() => reported.count()).toBe(0);
  });
});
