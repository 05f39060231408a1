import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { badInput } from '../../errors/domain-error.js';

export type Received = { path: string; size: number; sha256: string; head: Buffer };

const headLength = 4096;

export const tooLarge = (max: number) =>
  badInput('file', `is larger than ${max} bytes, the most taken`, 'FILE_TOO_LARGE', { max });

/**
 * Streams an upload into a spool file, hashing it and keeping its first bytes for sniffing.
 * Refused FILE_TOO_LARGE as soon as it passes `maxBytes` (nothing is kept), FILE_EMPTY when
 * it has no bytes.
 */
export async function receiveFile(source: Readable, spoolDir: string, maxBytes: number) {
  await mkdir(spoolDir, { recursive: true, mode: 0o700 });
  const path = join(spoolDir, randomUUID());
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let size = 0;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      if (size - chunk.length < headLength) head.push(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, inspect, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  if (size === 0) {
    await rm(path, { force: true });
    throw badInput('file', 'has no content', 'FILE_EMPTY');
  }
  const received: Received = {
    path,
    size,
    sha256: hash.digest('hex'),
    head: Buffer.concat(head).subarray(0, headLength),
  };
  return received;
}
