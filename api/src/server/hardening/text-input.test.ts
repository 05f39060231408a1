import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../../test/server.js';

const { request } = useTestServer({ PLAC_MAX_TEXT_LENGTH: '1000' });

const signIn = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';
const search =
  'query ($t: String) { consultations(filter: { text: $t }) { edges { node { id } } } }';

describe('texts no request may send', () => {
  test.each([
    ['a NUL byte', 'ala\u0000@example.org', 'INPUT_CONTROL_CHARACTER'],
    ['a bell', 'ala\u0007@example.org', 'INPUT_CONTROL_CHARACTER'],
    ['a lone surrogate', 'ala\ud800@example.org', 'INPUT_MALFORMED_UNICODE'],
    ['a right-to-left override', 'ala\u202e@example.org', 'INPUT_BIDI_CONTROL'],
    ['more than the limit', `${'a'.repeat(1001)}@example.org`, 'INPUT_TOO_LONG'],
  ])(
    'an anonymous sign-in email with %s is refused naming the argument',
    async (_, email, reason) => {
      const { body } = await request(signIn, { e: email, p: 'whatever-password' });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
        field: 'email',
      });
    },
  );

  test('inside an input object the path names the field', async () => {
    const { body } = await request(search, { t: 'Mokot\u0000ów' });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_CONTROL_CHARACTER',
      field: 'filter.text',
    });
  });

  test('tabs, new lines, Polish letters, emoji and direction marks are text like any other', async () => {
    const { body } = await request(search, { t: 'Mokotów\t\n😀 \u200f' });
    expect(body.errors).toBeUndefined();
  });
});

test('a text search takes at most 200 characters, refused before any SQL', async () => {
  const { body } = await request(search, { t: 'ulica '.repeat(40) });
  expect(body.errors?.[0]?.extensions).toMatchObject({
    reason: 'INPUT_TOO_LONG',
    field: 'filter.text',
    params: { max: 200 },
  });
});
