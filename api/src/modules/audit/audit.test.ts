import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { inTransaction } from '../../db/transaction.js';
import { remark } from '../comments/comments.scenario.js';
import { recordAudit } from './audit.service.js';

const { db, services, request, server } = useTestServer();
let admin: SignedIn;
let actor: { id: string; email: string | null };
let consultationId: string;
let commentId: string;
// One action name per run, so that filters find only these tests' events.
const action = `test.action.${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  actor = await createUser(db, 'Audited Actor');
  ({ id: consultationId } = await createConsultation(db));
  commentId = await remark(db, { consultationId, authorId: actor.id });
  await inTransaction(db.pool, async (client) => {
    await recordAudit(client, {
      actorId: actor.id,
      action,
      targetType: 'Comment',
      targetId: commentId,
      after: { note: 'a "quoted" note' },
    });
    await recordAudit(client, {
      actorId: actor.id,
      action,
      targetType: 'Consultation',
      targetId: consultationId,
    });
    await recordAudit(client, {
      actorId: admin.user.id,
      action,
      targetType: 'User',
      targetId: actor.id,
    });
    await recordAudit(client, {
      actorId: null,
      action,
      targetType: 'Formula',
      targetId: '=cmd|calc',
    });
  });
});

const log = `query ($f: AuditFilter) { auditLog(filter: $f, first: 10) {
  edges { node { action targetType targetId consultationId actor { id email } } } } }`;
type Log = {
  auditLog: {
    edges: {
      node: {
        targetType: string;
        targetId: string;
        consultationId: string | null;
        actor: { id: string };
      };
    }[];
  };
};
const nodes = async (filter: Record<string, unknown>) =>
  (await request<Log>(log, { f: filter }, admin.headers)).body.data?.auditLog.edges.map(
    (e) => e.node,
  ) ?? [];

describe('the audit log', () => {
  test("filters by the actor's e-mail, case ignored, and links each event to its consultation", async () => {
    const found = await nodes({ action, actorEmail: actor.email?.toUpperCase() });
    expect(found).toEqual([
      {
        action,
        targetType: 'Consultation',
        targetId: consultationId,
        consultationId,
        actor: { id: actor.id, email: actor.email },
      },
      {
        action,
        targetType: 'Comment',
        targetId: commentId,
        consultationId,
        actor: { id: actor.id, email: actor.email },
      },
    ]);
  });

  test('filters by object type and id, and by time', async () => {
    expect(await nodes({ action, targetType: 'User', targetId: actor.id })).toMatchObject([
      { actor: { id: admin.user.id }, consultationId: null },
    ]);
    expect(await nodes({ action, until: '2000-01-01T00:00:00Z' })).toEqual([]);
    expect(await nodes({ action, since: '2000-01-01T00:00:00Z' })).toHaveLength(4);
    expect(await nodes({ action, actorEmail: 'nobody@nowhere.pl' })).toEqual([]);
  });

  test.each([
    ['a blank action', { action: ' ' }, 'filter.action', 'INPUT_REQUIRED'],
    [
      'too long an e-mail',
      { actorEmail: `${'a'.repeat(320)}@x.pl` },
      'filter.actorEmail',
      'INPUT_TOO_LONG',
    ],
    ['an actor id that is no id', { actorId: 'me' }, 'filter.actorId', 'INPUT_INVALID'],
  ])('refuses %s, naming the field', async (_, f, field, reason) => {
    const { body } = await request(log, { f }, admin.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });
});

describe('GET /audit.csv', () => {
  const download = async (query: string, headers: Record<string, string> = admin.headers) => {
    const res = await fetch(`${server.url}/audit.csv?${query}`, { headers });
    return {
      res,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()),
    };
  };

  test('admins get the filtered log as CSV, never cached, formulas defused', async () => {
    const { res, text } = await download(`action=${action}&actor=${actor.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'id,created_at,actor_id,actor_email,action,target_type,target_id,before,after',
    );
    expect(lines).toHaveLength(4); // header, two events, the final line break
    expect(text).toContain(`,${actor.email},${action},Comment,${commentId},,`);
    expect(text).toContain(`"{""note"":""a \\""quoted\\"" note""}"`);
    const formula = await download(`action=${action}&targetType=Formula`);
    expect(formula.text).toContain(`,Formula,'=cmd|calc,`);
  });

  test('format=excel: a byte-order mark, semicolons, Polish headers, Warsaw time', async () => {
    const { text } = await download(
      `action=${action}&actor=${encodeURIComponent(actor.email ?? '')}&format=excel`,
    );
    expect(text.startsWith('\uFEFFnr;czas (Warszawa);id osoby;e-mail osoby;czynność;')).toBe(true);
    expect(text).toMatch(/\r\n\d+;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};/);
    expect(text.split('\r\n')).toHaveLength(4);
  });

  test.each([
    ['anonymous', {}, '', 401],
    ['a moderator', 'moderator', '', 403],
    ['a bad date', 'admin', 'since=yesterday', 400],
    ['an unknown format', 'admin', 'format=xls', 400],
    ['an actor that is no id', 'admin', 'actor=me', 400],
  ] as const)('refuses %s', async (_, who, query, status) => {
    const headers =
      who === 'admin'
        ? admin.headers
        : who === 'moderator'
          ? (await signedInUser(db, services, 'mod', { roles: [{ role: 'MODERATOR' }] })).headers
          : {};
    const { res, text } = await download(query, headers);
    expect(res.status).toBe(status);
    expect(text).not.toContain(action);
  });
});
