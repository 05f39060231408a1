import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation, createUser, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { createBudgetEdition } from '../budget/budget.scenario.js';
import { remark, reply } from '../comments/comments.scenario.js';
import { verificationOf, verifyMutation } from './identity.scenario.js';
import { myDataCategories } from './my-data.js';

const { db, services, request } = useTestServer();
type Export = Record<string, unknown> & { account: Record<string, unknown> };
let person: SignedIn;
let exported: Export;
const ids = { remark: '', formal: '', reply: '', supported: '', reported: '', edition: '' };

/** A person with one of everything Plac may hold about them. */
beforeAll(async () => {
  const mokotow = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  const admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  person = await signedInUser(db, services, 'everything', {
    roles: [{ role: 'PLANNER', unitId: mokotow.id }],
  });
  const userId = person.user.id;
  const { id: consultationId } = await createConsultation(db);
  const other = await createUser(db, 'someone else');

  ids.remark = await remark(db, { consultationId, authorId: userId, body: 'Pierwsza wersja' });
  await db.pool.query(
    `INSERT INTO comment_version (comment_id, body, stance, written_at)
     VALUES ($1, 'Wersja sprzed edycji', 'OBJECTION', now() - interval '1 hour')`,
    [ids.remark],
  );
  ids.formal = await remark(db, {
    consultationId,
    authorId: userId,
    body: 'Uwaga formalna',
    formal: {
      name: 'Ewa Kowalska',
      address: 'ul. Puławska 1',
      propertyRight: 'OWNER',
      parcels: ['1-02-03/4'],
    },
  });
  ids.supported = await remark(db, { consultationId, authorId: other.id, body: 'Cudza' });
  ids.reply = await reply(db, ids.supported, userId);
  ids.reported = await remark(db, { consultationId, authorId: other.id, body: 'Zgłoszona' });
  await db.pool.query('INSERT INTO comment_support (comment_id, user_id) VALUES ($1, $2)', [
    ids.supported,
    userId,
  ]);
  await db.pool.query(
    `INSERT INTO comment_report (comment_id, reporter_id, reason) VALUES ($1, $2, 'Obraźliwa')`,
    [ids.reported, userId],
  );

  const edition = await createBudgetEdition(db);
  ids.edition = edition.editionId;
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO budget_ballot (edition_id, voter_id, district_pool_id) VALUES ($1, $2, $3) RETURNING id`,
    [edition.editionId, userId, edition.mokotow.id],
  );
  await db.pool.query(
    'INSERT INTO budget_ballot_approval (ballot_id, project_id) VALUES ($1, $2)',
    [rows[0]?.id, edition.mokotow.projects[0]],
  );

  await db.pool.query(
    'INSERT INTO consultation_coordinator (consultation_id, user_id) VALUES ($1, $2)',
    [consultationId, userId],
  );
  await request('mutation { requestVerification { id } }', {}, person.headers);
  await request(verifyMutation, verificationOf(userId, mokotow.id), admin.headers);
  await request(
    'mutation { createAccessToken(name: "my script", scopes: [READ]) { token } }',
    {},
    person.headers,
  );
  await services.sessions.open(userId);

  const { body } = await request<{ myData: Export }>('{ myData }', {}, person.headers);
  exported = body.data?.myData as Export;
});

const listed = (category: string) => exported[category] as Record<string, unknown>[];

describe('myData holds everything about the person', () => {
  test('every category, and only these (a category dropped or added fails here)', () => {
    expect(Object.keys(exported).sort()).toEqual(
      ['account', 'exportedAt', ...Object.keys(myDataCategories)].sort(),
    );
    expect(Object.keys(myDataCategories).sort()).toEqual(
      [
        'accessTokens',
        'auditEvents',
        'ballots',
        'comments',
        'coordinating',
        'reports',
        'roles',
        'sessions',
        'supports',
        'verificationRequests',
        'verifications',
      ].sort(),
    );
    for (const category of Object.keys(myDataCategories)) {
      expect(listed(category).length, category).toBeGreaterThan(0);
    }
  });

  test('the account, roles, sessions and tokens (metadata only)', () => {
    expect(exported.account).toMatchObject({
      id: person.user.id,
      email: person.user.email,
      verifiedAt: expect.any(String),
    });
    expect(listed('roles')).toMatchObject([{ role: 'PLANNER', unitName: expect.any(String) }]);
    expect(listed('sessions').length).toBeGreaterThanOrEqual(2);
    expect(listed('accessTokens').map((t) => t.name)).toContain('my script');
  });

  test('remarks and replies with their versions, and formal-remark personal data', () => {
    const byId = new Map(listed('comments').map((c) => [c.id, c]));
    expect(byId.get(ids.remark)).toMatchObject({
      body: 'Pierwsza wersja',
      geometry: { type: expect.any(String) },
      versions: [{ body: 'Wersja sprzed edycji', stance: 'OBJECTION' }],
    });
    expect(byId.get(ids.formal)).toMatchObject({
      formalRemark: true,
      formalName: 'Ewa Kowalska',
      formalAddress: 'ul. Puławska 1',
      propertyRight: 'OWNER',
      parcels: ['1-02-03/4'],
    });
    expect(byId.get(ids.reply)).toMatchObject({ parentId: ids.supported, body: 'A reply' });
    expect(byId.has(ids.supported)).toBe(false);
  });

  test('supports and reports made', () => {
    expect(listed('supports')).toMatchObject([{ commentId: ids.supported }]);
    expect(listed('reports')).toMatchObject([{ commentId: ids.reported, reason: 'Obraźliwa' }]);
  });

  test("a ballot's existence, never its content", () => {
    expect(listed('ballots')).toEqual([
      {
        editionId: ids.edition,
        editionTitle: expect.any(String),
        castAt: expect.any(String),
        paper: false,
      },
    ]);
    expect(JSON.stringify(listed('ballots'))).not.toMatch(/project|pool|approval/i);
  });

  test('verification and requests, and the audit events about them', () => {
    expect(listed('verifications')).toMatchObject([
      { method: 'IN_PERSON', document: 'ID_CARD', revokedAt: null },
    ]);
    expect(listed('verificationRequests')).toMatchObject([{ outcome: 'VERIFIED' }]);
    const actions = listed('auditEvents').map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['verification.request', 'user.verify']));
    expect(listed('coordinating')).toHaveLength(1);
  });

  test('no secret: no password or token hash', () => {
    expect(JSON.stringify(exported)).not.toMatch(
      /passwordHash|password_hash|tokenHash|not-a-real-hash/,
    );
  });
});
