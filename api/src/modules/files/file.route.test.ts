import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { accessTokenOf } from '../identity/identity.scenario.js';
import { sampleFiles } from './files.test-data.js';

const filesDir = mkdtempSync(join(tmpdir(), 'plac-files-'));
const maxBytes = 4096;
const { server, db, services, request } = useTestServer({
  PLAC_FILES_DIR: filesDir,
  PLAC_MAX_UPLOAD_BYTES: String(maxBytes),
});
let planner: SignedIn;
let otherPlanner: SignedIn;
let resident: SignedIn;

beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
  resident = await signedInUser(db, services, 'resident');
});

type Uploaded = {
  file?: { id: string; name: string; mediaType: string; size: number; url: string };
};
type Refused = { errors?: { extensions: { code: string; reason: string; params?: object } }[] };

async function upload(
  body: Buffer | ReadableStream,
  name: string,
  headers: Record<string, string> = planner.headers,
  init: RequestInit = {},
) {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      ...headers,
    },
    body,
    ...init,
  });
  return { res, body: (await res.json()) as Uploaded & Refused };
}

const storedCount = async () =>
  (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM stored_file')).rows[0]?.n;

/** Every file kept in the store, spool folder aside. */
const keptFiles = () =>
  readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !e.parentPath.endsWith('incoming'),
  ).length;

const download = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${url}`, { headers });

describe('uploading', () => {
  test('a planner uploads a PDF: its type from its content, its name kept, its hash', async () => {
    const { res, body } = await upload(sampleFiles.pdf, 'Projekt planu – część 1.pdf');
    expect(res.status).toBe(201);
    expect(body.file).toMatchObject({
      name: 'Projekt planu – część 1.pdf',
      mediaType: 'application/pdf',
      size: sampleFiles.pdf.length,
    });
    expect(body.file?.url).toBe(
      `/files/${body.file?.id}/${encodeURIComponent('Projekt planu – część 1.pdf')}`,
    );
  });

  test.each([
    ['png', 'mapa.png', 'image/png'],
    ['jpeg', 'zdjęcie.JPG', 'image/jpeg'],
    ['odt', 'uzasadnienie.odt', 'application/vnd.oasis.opendocument.text'],
    [
      'docx',
      'prognoza.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['geojson', 'plan.geojson', 'application/geo+json'],
  ] as const)('%s is taken', async (kind, name, mediaType) => {
    const { res, body } = await upload(sampleFiles[kind], name);
    expect(res.status).toBe(201);
    expect(body.file?.mediaType).toBe(mediaType);
  });

  test.each([
    ['an HTML page named .pdf', 'html', 'plan.pdf'],
    ['an SVG named .pdf', 'svg', 'plan.pdf'],
    ['an SVG as itself', 'svg', 'rysunek.svg'],
    ['an HTML page as itself', 'html', 'strona.html'],
    ['a PDF named .png', 'pdf', 'plan.png'],
    ['a Word file with macros', 'docm', 'prognoza.docx'],
    ['a zip that is no document', 'zip', 'prognoza.docx'],
  ] as const)('%s is refused FILE_TYPE_NOT_ALLOWED, nothing kept', async (_, kind, name) => {
    const [before, kept] = [await storedCount(), keptFiles()];
    const { res, body } = await upload(sampleFiles[kind], name);
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      params: { allowed: expect.stringContaining('pdf') },
    });
    expect([await storedCount(), keptFiles()]).toEqual([before, kept]);
  });

  test('a file over the limit is refused FILE_TOO_LARGE by its Content-Length', async () => {
    const { res, body } = await upload(Buffer.alloc(maxBytes + 1, 0x25), 'duży.pdf');
    expect(res.status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'FILE_TOO_LARGE',
      params: { max: maxBytes },
    });
  });

  test('a streamed file is stopped as it passes the limit, nothing kept', async () => {
    const [before, kept] = [await storedCount(), keptFiles()];
    const chunks = [sampleFiles.pdf, Buffer.alloc(maxBytes, 0x20)];
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const { res, body } = await upload(stream, 'plan.pdf', planner.headers, {
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(body.errors?.[0]?.extensions?.reason).toBe('FILE_TOO_LARGE');
    expect([await storedCount(), keptFiles()]).toEqual([before, kept]);
    expect(readdirSync(join(filesDir, 'incoming'))).toEqual([]);
  });

  test('an empty file is refused FILE_EMPTY', async () => {
    const { res, body } = await upload(Buffer.alloc(0), 'plan.pdf');
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.reason).toBe('FILE_EMPTY');
  });

  test.each([
    ['no extension', 'plan'],
    ['only an extension', '.pdf'],
    ['a control character', 'plan\u0007.pdf'],
    ['a right-to-left override', 'plan\u202egpj.pdf'],
    ['a reserved character', 'plan?.pdf'],
    ['too long', `${'a'.repeat(200)}.pdf`],
  ])('a name with %s is refused FILE_NAME_INVALID', async (_, name) => {
    const { res, body } = await upload(sampleFiles.pdf, name);
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.reason).toBe('FILE_NAME_INVALID');
  });

  test('a path in the name is dropped', async () => {
    const { body } = await upload(sampleFiles.pdf, 'C:\\fakepath\\plan.pdf');
    expect(body.file?.name).toBe('plan.pdf');
  });

  // Residents attach files to their proposals and appeals; what they upload is theirs alone
  // until it is attached (findForDownload).
  test('a resident may upload; no one signed out may', async () => {
    expect((await upload(sampleFiles.pdf, 'plan.pdf', resident.headers)).body.file?.name).toBe(
      'plan.pdf',
    );
    const anonymous = await upload(sampleFiles.pdf, 'plan.pdf', {});
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test("a planner's read-only access token may not upload", async () => {
    const { token } = await accessTokenOf(services, planner.user.id, { scopes: ['READ'] });
    const { res, body } = await upload(sampleFiles.pdf, 'plan.pdf', {
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(403);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'ACCESS_TOKEN_SCOPE_MISSING' });
  });

  test("another site's page may not upload with a planner's credentials", async () => {
    const { res } = await upload(sampleFiles.pdf, 'plan.pdf', {
      ...planner.headers,
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
  });
});

describe('serving', () => {
  const addDocument = `mutation ($id: ID!, $fileId: ID!) {
    addConsultationDocument(consultationId: $id, input: { title: "Projekt planu", fileId: $fileId, kind: PLAN_TEXT }) {
      id url file { id name mediaType size sha256 url } } }`;

  test('a file is served as a download, never run, with a strong ETag', async () => {
    const { body } = await upload(sampleFiles.pdf, 'Plan ogólny – Łódź.pdf');
    const res = await download(body.file?.url ?? '', planner.headers);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(sampleFiles.pdf);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(sampleFiles.pdf.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'content-disposition': `attachment; filename="Plan ogolny _ _odz.pdf"; filename*=UTF-8''${encodeURIComponent('Plan ogólny – Łódź.pdf')}`,
    });
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await download(body.file?.url ?? '', {
      ...planner.headers,
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  test("a draft's document is served only to those who manage it, then to anyone", async () => {
    const { id } = await createConsultation(db, { status: 'DRAFT' });
    const { body: uploaded } = await upload(sampleFiles.pdf, 'projekt.pdf');
    const url = uploaded.file?.url ?? '';
    expect((await download(url)).status).toBe(404);
    const added = await request<{
      addConsultationDocument: { url: string; file: { name: string } };
    }>(addDocument, { id, fileId: uploaded.file?.id }, planner.headers);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data?.addConsultationDocument).toMatchObject({
      url,
      file: { name: 'projekt.pdf' },
    });
    expect((await download(url)).status).toBe(404);
    expect((await download(url, resident.headers)).status).toBe(404);
    expect((await download(url, otherPlanner.headers)).status).toBe(404);
    const managed = await download(url, planner.headers);
    expect(managed.status).toBe(200);
    expect(managed.headers.get('cache-control')).toBe('private, no-cache');
    await db.pool.query(`UPDATE consultation SET status = 'ANNOUNCED' WHERE id = $1`, [id]);
    const shared = await download(url);
    expect(shared.status).toBe(200);
    expect(shared.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('a file is attached only by the planner who uploaded it', async () => {
    const { id } = await createConsultation(db, { district: 'wola', status: 'DRAFT' });
    const { body } = await upload(sampleFiles.pdf, 'projekt.pdf');
    const { body: refused } = await request(
      addDocument,
      { id, fileId: body.file?.id },
      otherPlanner.headers,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.fileId',
    });
  });

  test('an unknown id is not found', async () => {
    expect((await download('/files/00000000-0000-0000-0000-000000000000/x.pdf')).status).toBe(404);
    expect((await download('/files/nonsense/x.pdf')).status).toBe(404);
  });
});
