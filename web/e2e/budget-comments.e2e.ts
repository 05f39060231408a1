import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, test } from 'vitest';
import { type AdminApi, createEdition, createPool, units } from './budget-admin-api';
import { expectAccessible, gqlAs, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
let projectPath = '';

/** A project of an edition in SUBMISSION of its own, so that it takes comments. */
async function projectToComment(admin: BrowserContext) {
  await signInAs(admin, 'admin');
  const api: AdminApi = (query, variables) => gqlAs(admin, query, variables);
  const title = `Komentarze ${Date.now()}`;
  const editionId = await createEdition(api, { year: 2027, title, area: 2, citywide: 2 });
  const { office } = await units(api);
  const poolId = await createPool(api, editionId, office('mokotow'), 'Mokotów', '100000000');
  const { createBudgetProject } = await api<{ createBudgetProject: { id: string } }>(
    'mutation ($p: ID!, $i: BudgetProjectInput!) { createBudgetProject(poolId: $p, input: $i) { id } }',
    { p: poolId, i: { title: 'Poidełko przy placu zabaw', costGrosze: '1500000' } },
  );
  return `/budget/projects/${createBudgetProject.id}`;
}

beforeAll(async () => {
  const { context } = await openContext();
  projectPath = await projectToComment(context);
}, 120_000);

describe('comments on a budget project', () => {
  test('a resident comments on a phone and sees a reply from another session live; axe clean in pl and en', async () => {
    const { context, page } = await openContext({ width: 375, height: 800, lang: 'pl' });
    await signInAs(context, 'resident');
    await page.goto(projectPath);
    const comments = page.getByRole('region', { name: /^Komentarze/ });
    await comments.getByText('Nikt jeszcze nie skomentował tego projektu.').waitFor();
    await comments
      .getByLabel('Twój komentarz do projektu')
      .fill('Czy poidełko będzie czynne zimą?');
    await comments.getByRole('button', { name: 'Dodaj komentarz' }).click();
    const mine = comments
      .getByRole('listitem')
      .filter({ hasText: 'Czy poidełko będzie czynne zimą?' });
    await mine.waitFor();
    await comments.getByRole('heading', { name: 'Komentarze (1)' }).waitFor();
    await expectAccessible(page);

    // Another resident answers in their own session; the page shows it without a reload.
    const { context: other } = await openContext();
    await signInAs(other, 'verified');
    const id = await mine.getAttribute('data-comment-id');
    await gqlAs(
      other,
      'mutation ($id: ID!) { replyToComment(commentId: $id, body: "Od kwietnia do października.") { id } }',
      { id },
    );
    await mine.getByText('Od kwietnia do października.').waitFor();

    const { page: english } = await openContext({ width: 375, height: 800, lang: 'en' });
    await english.goto(projectPath);
    const list = english.getByRole('region', { name: /^Comments/ });
    await list.getByText('Od kwietnia do października.').waitFor();
    await list.getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAccessible(english);
  });
});
