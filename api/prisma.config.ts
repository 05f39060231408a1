import { defineConfig } from 'prisma/config';

// The CLI reads this; the application builds its own client on a pg Pool (api/src/db).
export default defineConfig({
  schema: '../prisma/schema.prisma',
  migrations: { path: '../prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/plac' },
});
