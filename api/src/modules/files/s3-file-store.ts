import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../../config.js';
import type { FileStore, Spooled } from './file-store.js';

/** Settings of the client: path-style addresses, which MinIO, Ceph and Garage all take. */
export function s3ClientOf(settings: S3Settings) {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.endpoint !== undefined,
    credentials: settings.credentials,
    // A checksum trailer (aws-chunked) is not understood by every S3-compatible store.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** An S3 bucket (or any S3-compatible store) as the file store; keys are object keys. */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async keep(key: string, file: Spooled) {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(file.path),
          ContentLength: file.size,
          ContentType: file.mediaType,
        }),
      );
    } finally {
      await rm(file.path, { force: true });
    }
  }

  async read(key: string) {
    const { Body } = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key }),
    );
    if (!(Body instanceof Readable)) throw new Error(`No body for the object ${key}`);
    return Body;
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
