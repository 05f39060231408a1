import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type AdminApi,
  createEdition,
  createPool,
  point,
  schedule,
  setPhases,
  units,
} from './budget-admin-api';
import { expectAccessible, gqlAs, saveReadmeScreenshot, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
const edition = { id: '', title: `Weryfikacja ${Date.now()}` };
const titles = { park: 'Park kieszonkowy przy Odyńca', garage: 'Parking na dachu szkoły' };
let admin: AdminApi;

/** A verified resident's proposal in Mokotów, submitted. */
async function propose(resident: BrowserContext, poolId: string, title: string) {
  const { saveProjectProposal } = await gqlAs<{ saveProjectProposal: { id: string } }>(
    resident,
    'mutation ($i: ProjectProposalInput!) { saveProjectProposal(input: $i) { id } }',
    {
      i: {
        poolId,
        title,
        description: `${title}: opis.`,
        locations: [point(21.01, 52.2)],
        costLines: [{ item: 'Wykonanie', amountGrosze: '5000000' }],
        consentToPublish: true,
      },
    },
  );
  await gqlAs(resident, 'mutation ($id: ID!) { submitProjectProposal(id: $id) { id } }', {
    id: saveProjectProposal.id,
  });
  return saveProjectProposal.id;
}

/** An edition of its own: the resident's two Mokotów proposals, now in VERIFICATION. */
beforeAll(async () => {
  const { context } = await openContext();
  await signInAs(context, 'admin');
  admin = (query, variables) => gqlAs(context, query, variables);
  edition.id = await createEdition(admin, {
    year: 2027,
    title: edition.title,
    area: 2,
    citywide: 1,
  });
  const { office } = await units(admin);
  const pool = await createPool(admin, edition.id, office('mokotow'), 'Mokotów', '100000000');
  const resident = await openContext();
  await signInAs(resident.context, 'verified');
  for (const title of Object.values(titles)) await propose(resident.context, pool, title);
  await setPhases(admin, edition.id, schedule(['SUBMISSION', -30, -1], ['VERIFICATION', -1, 1]));
}, 120_000);

describe('verification and appeals (issue 13)', () => {
  test('the office verifies two projects, the author appeals the negative one, it is reinstated', async () => {
    const { page } = await openContext({ height: 1100 });
    await signInAs(page.context(), 'planner');
    await page.goto(`/staff/budget/${edition.id}/verification`);
    await page.getByRole('heading', { name: 'Weryfikacja projektów' }).waitFor();
    for (const title of Object.values(titles)) {
      await page.getByLabel(`Zaznacz projekt ${title}`).check();
    }
    await page.getByRole('button', { name: 'Rozpocznij weryfikację' }).click();
    await page.getByText('Rozpoczęto weryfikację: 2.').waitFor();

    // Positive formal check, then positive merit evaluation: the park is accepted.
    await page.getByRole('button', { name: `Oceń: ${titles.park}` }).click();
    const formal = page.getByRole('form', { name: `ocena formalna: ${titles.park}` });
    await formal.getByLabel('Zadanie własne miasta').check();
    await formal.getByLabel('Pozytywna').check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveReadmeScreenshot(page, 'budget-verification');
    await formal.getByRole('button', { name: 'Zapisz ocenę' }).click();
    await page.getByText('Etap: ocena merytoryczna').waitFor();
    await page.getByRole('button', { name: `Oceń: ${titles.park}` }).click();
    const merit = page.getByRole('form', { name: `ocena merytoryczna: ${titles.park}` });
    await merit.getByLabel('Na terenie miasta').check();
    await merit.getByLabel('Pozytywna').check();
    await merit.getByRole('button', { name: 'Zapisz ocenę' }).click();
    await page.getByText(titles.park, { exact: true }).waitFor({ state: 'detached' });

    // A negative formal check needs its justification.
    await page.getByRole('button', { name: `Oceń: ${titles.garage}` }).click();
    const negative = page.getByRole('form', { name: `ocena formalna: ${titles.garage}` });
    await negative.getByLabel('Negatywna').check();
    await negative.getByRole('button', { name: 'Zapisz ocenę' }).click();
    await negative.getByText('Negatywna decyzja wymaga uzasadnienia.').waitFor();
    await negative.getByLabel('Uzasadnienie (publiczne)').fill('Działka nie należy do miasta.');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page);
    await negative.getByRole('button', { name: 'Zapisz ocenę' }).click();
    await page.getByText('Żaden projekt nie spełnia tych warunków.').waitFor();

    await setPhases(admin, edition.id, schedule(['VERIFICATION', -20, -2], ['APPEALS', -1, 1]));
    const author = await openContext({ width: 375, height: 800 });
    await signInAs(author.context, 'verified');
    await author.page.goto('/budget/my-projects');
    const garage = author.page.getByRole('listitem').filter({ hasText: titles.garage }).first();
    await garage.getByText('Uzasadnienie: Działka nie należy do miasta.').waitFor();
    await expectAccessible(author.page);
    await garage
      .getByLabel('Treść odwołania')
      .fill('Działka jest miejska: księga wieczysta WA1M/0001.');
    await garage.getByRole('button', { name: 'Złóż odwołanie' }).click();
    await garage.getByText(/^Odwołanie złożone/).waitFor();

    const office = await openContext({ width: 375, height: 800, lang: 'en' });
    await signInAs(office.context, 'planner');
    await office.page.goto(`/staff/budget/${edition.id}/appeals`);
    await office.page.getByRole('heading', { name: titles.garage }).waitFor();
    await expectAccessible(office.page);
    // The same two screens in the other language: appeals in Polish, my projects in English.
    const officePl = await openContext();
    await signInAs(officePl.context, 'planner');
    await officePl.page.goto(`/staff/budget/${edition.id}/appeals`);
    await officePl.page.getByRole('heading', { name: titles.garage }).waitFor();
    await expectAccessible(officePl.page);
    const authorEn = await openContext({ lang: 'en' });
    await signInAs(authorEn.context, 'verified');
    await authorEn.page.goto('/budget/my-projects');
    await authorEn.page.getByRole('listitem').filter({ hasText: titles.garage }).first().waitFor();
    await expectAccessible(authorEn.page);
    await office.page
      .getByLabel('Justification of the decision (public)')
      .fill('The land register shows city land.');
    await office.page.getByRole('button', { name: 'Reinstate the project' }).click();
    await office.page.getByText(/^Decided: project reinstated/).waitFor();

    const { myBudgetProjects } = await gqlAs<{
      myBudgetProjects: { project: { title: string; status: string } }[];
    }>(author.context, '{ myBudgetProjects { project { title status } } }');
    expect(
      myBudgetProjects.map((m) => m.project).filter((p) => Object.values(titles).includes(p.title)),
    ).toEqual(
      expect.arrayContaining([
        { title: titles.park, status: 'ACCEPTED' },
        { title: titles.garage, status: 'ACCEPTED' },
      ]),
    );

    await office.page.getByRole('link', { name: 'Project verification' }).click();
    await office.page.getByRole('heading', { name: 'Project verification' }).waitFor();
    await expectAccessible(office.page);
  });
});
