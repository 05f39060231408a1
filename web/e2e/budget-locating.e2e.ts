import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  type AdminApi,
  createEdition,
  createPool,
  point,
  schedule,
  setPhases,
  submitAndVerify,
  units,
} from './budget-admin-api';
import { expectAccessible, gqlAs, mapSettled, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

// Near Królikarnia in Mokotów: the park project there, the playground ~70 m north of it, and a
// bench project not placed yet, which the planner puts ~30 m east of the park.
const park = [21.025, 52.186] as const;
const place = [21.0254, 52.186] as const;

/** Clicks the map where the position is on screen. */
async function clickMapAt(page: Page, [lng, lat]: readonly [number, number]) {
  await mapSettled(page);
  const { x, y } = await page.evaluate(
    ([lng, lat]) => {
      const map = window.__placMap;
      if (!map) throw new Error('no map');
      const p = map.project([lng, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lng, lat] as const,
  );
  await page.mouse.click(x, y);
}

test('a planner places a project on the map, sees it beside another and marks the pair', async () => {
  const admin = await openContext({ width: 375, height: 900 });
  await signInAs(admin.context, 'admin');
  const api: AdminApi = (query, variables) => gqlAs(admin.context, query, variables);
  const editionId = await createEdition(api, {
    year: 2031,
    title: `Locating e2e ${Date.now()}`,
    area: 3,
    citywide: 1,
  });
  const { office } = await units(api);
  const poolId = await createPool(api, editionId, office('mokotow'), 'Mokotów', '100000000');
  await submitAndVerify(api, editionId, {
    park: {
      poolId,
      title: 'Park przy Królikarni',
      costGrosze: '1000000',
      locations: [point(...park)],
    },
    playground: {
      poolId,
      title: 'Plac zabaw na skarpie',
      costGrosze: '1000000',
      locations: [point(park[0], park[1] + 0.0006)],
    },
    benches: { poolId, title: 'Ławki przy skarpie', costGrosze: '1000000' },
  });

  const { page } = admin;
  await page.goto(`/staff/budget/${editionId}/locating`);
  await page.getByRole('heading', { name: 'Lokalizowanie projektów' }).waitFor();
  await page.getByLabel('Tylko bez lokalizacji').check();
  await page.getByRole('button', { name: 'Umieść na mapie: Ławki przy skarpie' }).click();
  await page.getByRole('button', { name: 'Punkt' }).click();
  await page.evaluate((center) => window.__placMap?.jumpTo({ center, zoom: 16 }), [...place] as [
    number,
    number,
  ]);
  await clickMapAt(page, place);
  await page.getByRole('button', { name: 'Usuń lokalizację 1' }).waitFor();
  await page.getByRole('button', { name: 'Zapisz lokalizację' }).click();
  await page.getByText('Lokalizacja zapisana.').waitFor();
  await page.getByRole('heading', { name: 'Projekty w promieniu 500 m' }).waitFor();
  await page
    .getByRole('region', { name: 'Projekty w promieniu 500 m' })
    .getByRole('link', { name: 'Park przy Królikarni' })
    .waitFor();

  // The pair in either order: which project comes first depends on their ids.
  const candidate = page.getByRole('listitem').filter({
    hasText: /Ławki przy skarpie i Park przy Królikarni|Park przy Królikarni i Ławki przy skarpie/,
  });
  await candidate.first().waitFor();
  await expectAccessible(page);
  await candidate.first().getByRole('button', { name: 'Oznacz jako konflikt' }).click();
  await candidate.first().getByText('Oznaczone jako konflikt').waitFor();
  const { budgetProjectConflicts } = await gqlAs<{
    budgetProjectConflicts: { project: { title: string }; otherProject: { title: string } }[];
  }>(
    admin.context,
    'query ($e: ID!) { budgetProjectConflicts(editionId: $e) { project { title } otherProject { title } } }',
    { e: editionId },
  );
  expect(
    budgetProjectConflicts.flatMap((c) => [c.project.title, c.otherProject.title]).sort(),
  ).toEqual(['Park przy Królikarni', 'Ławki przy skarpie'].sort());

  // A project proposed on paper: entered only during submission, then placed on the map.
  const form = page.locator('.locating-new');
  await form.locator('summary').click();
  await form.getByLabel('Tytuł').fill('Wiata rowerowa');
  await form.getByLabel('Koszt w złotych').fill('12,345');
  await form.getByRole('button', { name: 'Wprowadź projekt' }).click();
  await form.getByText('Podaj koszt w złotych').waitFor();
  await form.getByLabel('Koszt w złotych').fill('12 345,67');
  await form.getByRole('button', { name: 'Wprowadź projekt' }).click();
  await form.getByText('Na to jest czas tylko na etapie zgłaszania projektów.').waitFor();
  expect(await form.getByLabel('Pula').getAttribute('aria-invalid')).toBe('true');
  await setPhases(api, editionId, schedule(['SUBMISSION', -1, 1]));
  await form.getByRole('button', { name: 'Wprowadź projekt' }).click();
  await page.getByRole('heading', { name: 'Lokalizacja: Wiata rowerowa' }).waitFor();
  await page.getByRole('button', { name: 'Umieść na mapie: Wiata rowerowa' }).waitFor();
  const { projects } = await gqlAs<{
    projects: { edges: { node: { title: string; cost: { grosze: string } } }[] };
  }>(
    admin.context,
    'query ($e: ID!) { projects(filter: { editionId: $e, status: [SUBMITTED] }) { edges { node { title cost { grosze } } } } }',
    { e: editionId },
  );
  expect(projects.edges.map((e) => e.node)).toEqual([
    { title: 'Wiata rowerowa', cost: { grosze: '1234567' } },
  ]);
  await expectAccessible(page);

  const english = await openContext({ width: 375, height: 900, lang: 'en' });
  await signInAs(english.context, 'admin');
  await english.page.goto(`/staff/budget/${editionId}/locating`);
  await english.page.getByRole('heading', { name: 'Marked conflicts' }).waitFor();
  await english.page.getByRole('button', { name: 'Remove the mark' }).waitFor();
  await english.page.locator('.locating-new summary').click();
  await english.page.getByLabel('Cost in złoty').waitFor();
  await expectAccessible(english.page);
});
