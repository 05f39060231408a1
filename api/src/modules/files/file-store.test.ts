import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FileStore } from './file-store.js';
import { LocalFileStore } from './file-store.js';
import { S3FileStore, s3ClientOf } from './s3-file-store.js';

/** A tiny S3: PUT, GET and DELETE of /bucket/key, remembering what each PUT was sent with. */
function fakeS3() {
  const objects = new Map<string, { body: Buffer; headers: IncomingHttpHeaders }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname);
      if (req.method === 'PUT') {
        objects.set(path, { body: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(200, { etag: '"x"' }).end();
      } else if (req.method === 'GET' && objects.has(path)) {
        const object = objects.get(path);
        res.writeHead(200, { 'content-type': String(object?.headers['content-type']) });
        res.end(object?.body);
      } else if (req.method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end('<Error><Code>NoSuchKey</Code><Message>none</Message></Error>');
      }
    });
  });
  return { server, objects };
}

const s3 = fakeS3();
const stores: Record<string, FileStore> = {};

beforeAll(async () => {
  await new Promise<void>((resolve) => s3.server.listen(0, '127.0.0.1', resolve));
  const { port } = s3.server.address() as AddressInfo;
  const client = s3ClientOf({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'plac-files',
    region: 'eu-central-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
  });
  stores.local = new LocalFileStore(mkdtempSync(join(tmpdir(), 'plac-store-')));
  stores.s3 = new S3FileStore(client, 'plac-files');
});
afterAll(() => new Promise((resolve) => s3.server.close(resolve)));

const key = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A file in the spool folder, as an upload leaves it. */
function spooled(content: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'plac-spool-')), 'upload');
  writeFileSync(path, content);
  return { path, size: Buffer.byteLength(content), mediaType: 'application/pdf' };
}

describe.each(['local', 's3'])('the %s store', (name) => {
  test('keeps a spooled file under its key, reads it back, and removes it', async () => {
    const store = stores[name] as FileStore;
    await store.keep(key, spooled('%PDF-1.7 plan'));
    expect(await text(await store.read(key))).toBe('%PDF-1.7 plan');
    await store.remove(key);
    await expect(store.read(key)).rejects.toThrow();
  });
});

test('the S3 store puts the object path-style, with its length and type, signed', async () => {
  await stores.s3?.keep(key, spooled('%PDF-1.7 plan'));
  const put = s3.objects.get(`/plac-files/${key}`);
  expect(put?.body.toString()).toBe('%PDF-1.7 plan');
  expect(put?.headers).toMatchObject({
    'content-length': '13',
    'content-type': 'application/pdf',
    authorization: expect.stringMatching(
      /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/eu-central-1\/s3\//,
    ),
  });
  // No aws-chunked trailer, which not every S3-compatible store reads.
  expect(put?.headers['content-encoding']).toBeUndefined();
});

test('the local store takes only uuid keys, so that no key can leave its folder', async () => {
  await expect(stores.local?.read('../../etc/passwd') ?? Promise.resolve()).rejects.toThrow(
    /Not a file key/,
  );
});
