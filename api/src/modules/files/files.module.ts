import type { Config } from '../../config.js';
import { defineModule } from '../module.js';
import { fileRoutes } from './file.route.js';
import { FileService } from './file.service.js';
import { type FileStore, LocalFileStore } from './file-store.js';
import { S3FileStore, s3ClientOf } from './s3-file-store.js';

const storeOf = ({ dir, s3 }: Config['files']): FileStore =>
  s3 ? new S3FileStore(s3ClientOf(s3), s3.bucket) : new LocalFileStore(dir);

export const filesModule = defineModule({
  resolvers: [],
  services: ({ db, config }) => ({
    files: new FileService(db, storeOf(config.files), config.files, config.allowedOrigins),
  }),
  loaders: ({ files }) => files.loaders(),
  routes: fileRoutes,
});
