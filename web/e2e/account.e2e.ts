import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible, gqlAs, placUrl, saveScreenshot, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

const password = 'a long enough password';

/** Inside the demo park consultation's area (Mokotów). */
const inPark = { type: 'Point', coordinates: [21.0125, 52.198] };

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: false }).first().fill(value);
  }
}

describe('account screens', () => {
  test('sign-in, sign-up and account are accessible in Polish, English and at 375 px', async () => {
    const cases = [
      { lang: 'pl' as const },
      { lang: 'en' as const },
      { width: 375, lang: 'pl' as const },
    ];
    for (const options of cases) {
      const { context, page } = await openContext(options);
      for (const path of ['/sign-in', '/sign-up']) {
        await page.goto(path);
        await page.locator('form').waitFor();
        await expectAccessible(page);
      }
      await signInAs(context, 'resident');
      await page.goto('/account');
      await page.locator('.account-ballots li').first().waitFor();
      await expectAccessible(page);
      if (options.width) await saveScreenshot(page, 'account-375');
    }
  });

  test('a visitor is sent to sign in, and comes back after', async () => {
    const { page } = await openContext();
    await page.goto('/account');
    await page.waitForURL(/\/sign-in\?next=%2Faccount|\/sign-in\?next=\/account/);
    await fill(page, { 'Adres e-mail': 'verified@plac.local', Hasło: 'plac-demo-verified' });
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await page.waitForURL('**/account');
    await page.getByText('Konto zweryfikowane').waitFor();
  });

  test('wrong credentials are said, and what was typed stays', async () => {
    const { page } = await openContext({ lang: 'en' });
    await page.goto('/sign-in?next=/budget');
    await fill(page, { 'Email address': 'nobody@plac.local', Password: 'not the password' });
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('alert').getByText('The email or the password is not right.').waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe('nobody@plac.local');
  });

  test("the API's field errors show beside their fields, keeping what was typed", async () => {
    const { page } = await openContext();
    await page.goto('/sign-up');
    await fill(page, {
      'Adres e-mail': 'resident@plac.local',
      Hasło: password,
      'Nazwa wyświetlana': 'Ktoś',
      'Rok urodzenia': '1800',
    });
    const submit = page.getByRole('button', { name: 'Załóż konto' }).last();
    await submit.click();
    await page.getByText('Podaj rok od 1900 do bieżącego.').waitFor();
    expect(await page.getByLabel('Rok urodzenia').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Rok urodzenia').fill('1990');
    await submit.click();
    await page.getByText('Konto z tym adresem e-mail już istnieje.').waitFor();
    const email = page.getByLabel('Adres e-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Rok urodzenia').getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('resident@plac.local');
    expect(await page.getByLabel('Nazwa wyświetlana').inputValue()).toBe('Ktoś');
    await saveScreenshot(page, 'sign-up-errors');
  });

  test('sign up → account → download data → sign out → sign in → delete the account', async () => {
    const { context, page } = await openContext();
    const email = `nowa-${Date.now()}@example.test`;
    await page.goto('/sign-up');
    // A bad e-mail is said beside a short password, not after it.
    await fill(page, { 'Adres e-mail': 'nowa@', Hasło: 'short', 'Nazwa wyświetlana': 'Nowa' });
    await page.getByRole('button', { name: 'Załóż konto' }).last().click();
    await page.getByText('To nie jest poprawny adres e-mail.').waitFor();
    expect(await page.getByLabel('Adres e-mail').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByRole('button', { name: 'Załóż konto' }).last().click();
    const passwordField = page.getByLabel('Hasło');
    await page.getByText('Hasło musi mieć co najmniej 12 znaków.').waitFor();
    expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await passwordField.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain(
      '12 znaków',
    );
    expect(await page.getByLabel('Adres e-mail').inputValue()).toBe(email);

    await passwordField.fill(password);
    await page.getByLabel('Rok urodzenia').fill('1901');
    await page.getByRole('button', { name: 'Załóż konto' }).last().click();
    await page.waitForURL('**/account');
    await page.getByText('Konto niezweryfikowane').waitFor();

    // Asking to be verified: the request waits at the office chosen, until withdrawn.
    await page
      .getByLabel('Urząd dzielnicy (nieobowiązkowo)')
      .selectOption({ label: 'Urząd Dzielnicy Mokotów' });
    await page.getByRole('button', { name: 'Poproś o weryfikację' }).click();
    await page.getByText(/czeka w urzędzie: Urząd Dzielnicy Mokotów/).waitFor();
    await saveScreenshot(page, 'account');
    await page.getByRole('button', { name: 'Wycofaj prośbę' }).click();
    await page.getByRole('button', { name: 'Poproś o weryfikację' }).waitFor();

    // A comment of theirs appears on the account page, linking to its consultation.
    const { consultations } = await gqlAs<{
      consultations: { edges: { node: { id: string; title: string } }[] };
    }>(context, '{ consultations(filter: { status: [OPEN] }) { edges { node { id title } } } }');
    const park = consultations.edges.find(({ node }) => node.title.includes('Orlicz'))?.node;
    if (!park) throw new Error('The demo park consultation is missing');
    await gqlAs(
      context,
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      {
        input: {
          consultationId: park.id,
          body: 'Ławki w cieniu',
          geometry: inPark,
          stance: 'PROPOSAL',
        },
      },
    );
    await page.reload();
    const link = page.getByRole('link', { name: park.title });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/consultations/${park.id}`);
    await page.getByText('Ławki w cieniu').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Pobierz moje dane' }).click();
    const file = await (await download).path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.account.email).toBe(email);
    expect(data.account.birthYear).toBe(1901);

    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.waitForURL(/\/sign-in/);
    await fill(page, { 'Adres e-mail': email, Hasło: password });
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await page.waitForURL('**/account');
    // Every section loaded, so that none re-renders the page under the click.
    await page.getByRole('button', { name: 'Poproś o weryfikację' }).waitFor();
    await page.locator('.account-ballots li').first().waitFor();

    await page.getByRole('button', { name: 'Chcę usunąć konto' }).click();
    const confirm = page.getByLabel('Twoje hasło, aby potwierdzić');
    await confirm.fill('not my password');
    await page.getByRole('button', { name: 'Usuń konto na zawsze' }).click();
    await page.getByText('Hasło jest nieprawidłowe.').waitFor();
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    await confirm.fill(password);
    await page.getByRole('button', { name: 'Usuń konto na zawsze' }).click();
    // Said to be done, and the session is gone.
    await page.getByRole('heading', { name: 'Konto usunięte' }).waitFor();
    expect(await page.title()).toContain('Konto usunięte');
    await page.getByRole('link', { name: 'Zaloguj się' }).waitFor();
    expect(await gqlAs<{ me: null }>(context, '{ me { id } }')).toEqual({ me: null });

    await page.goto('/sign-in');
    await fill(page, { 'Adres e-mail': email, Hasło: password });
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await page.getByText('Adres e-mail lub hasło są nieprawidłowe.').waitFor();
  });

  test('an API token is made, shown once, signs a client in and is revoked; then every sign-in ends', async () => {
    const { page } = await openContext();
    const email = `tokeny-${Date.now()}@example.test`;
    await page.goto('/sign-up');
    await fill(page, {
      'Adres e-mail': email,
      Hasło: password,
      'Nazwa wyświetlana': 'Integratorka',
    });
    await page.getByRole('button', { name: 'Załóż konto' }).last().click();
    await page.waitForURL('**/account');
    await page.getByText('Nie masz tokenów.').waitFor();

    // A name is needed: the API's refusal shows beside the field.
    await page.getByRole('button', { name: 'Utwórz token' }).click();
    await page.locator('input[name="tokenName"][aria-invalid="true"]').waitFor();
    await page.getByLabel('Nazwa tokenu').fill('eksport do GIS');
    await page.getByRole('checkbox', { name: 'zapis' }).check();
    await page.getByLabel('Ważny przez').selectOption({ label: '30 dni' });
    await page.getByRole('button', { name: 'Utwórz token' }).click();
    const secret = await page.getByLabel('Twój nowy token').inputValue();
    expect(secret).toMatch(/^plac_pat_/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gotowe' }).click();
    await page.locator('.account-tokens li', { hasText: 'eksport do GIS' }).waitFor();
    expect(await page.getByLabel('Twój nowy token').count()).toBe(0);

    // An API client: the token alone, no cookie.
    const asClient = async () => {
      const response = await fetch(`${placUrl}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ myAccessTokens { name } }' }),
      });
      return response.json();
    };
    expect((await asClient()).data).toEqual({ myAccessTokens: [{ name: 'eksport do GIS' }] });
    await page.getByRole('button', { name: 'Unieważnij token eksport do GIS' }).click();
    await page.getByText(/^Unieważniony/).waitFor();
    expect((await asClient()).errors?.[0]?.extensions?.reason).toBe('ACCESS_TOKEN_REVOKED');

    // A second browser, signed in on its own, is signed out too.
    const other = await openContext();
    await other.page.goto('/sign-in?next=/account');
    await fill(other.page, { 'Adres e-mail': email, Hasło: password });
    await other.page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await other.page.waitForURL('**/account');
    await other.page.getByRole('heading', { name: 'Logowania' }).waitFor();
    await page.getByRole('button', { name: 'Wyloguj na wszystkich urządzeniach' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await other.page.reload();
    await other.page.waitForURL((url) => url.pathname === '/sign-in');
  });

  test('the name and birth year are changed on the account page; an empty name is refused', async () => {
    const { page } = await openContext();
    await page.goto('/sign-up');
    await fill(page, {
      'Adres e-mail': `profil-${Date.now()}@example.test`,
      Hasło: password,
      'Nazwa wyświetlana': 'Stara nazwa',
    });
    await page.getByRole('button', { name: 'Załóż konto' }).last().click();
    await page.waitForURL('**/account');
    await page.getByRole('button', { name: 'Zmień nazwę lub rok urodzenia' }).click();
    await page.getByLabel('Nazwa wyświetlana').fill('');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Nazwa musi mieć od 1 do 80 znaków.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nazwa wyświetlana').fill('Nowa nazwa');
    await page.getByLabel('Rok urodzenia').fill('1985');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    const facts = page.locator('.account-facts');
    await facts.getByText('Nowa nazwa').waitFor();
    await facts.getByText('1985').waitFor();
    // Stored, not only shown: a reload reads it back.
    await page.reload();
    await facts.getByText('Nowa nazwa').waitFor();
  });
});
