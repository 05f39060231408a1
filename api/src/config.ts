import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { OperationLimits } from './graphql/operation-limits.js';

/** The repository root, so that paths do not depend on the directory a script is started from. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

const byteSize = z.string().regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 256kb or 32mb');

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PLAC_DATA_DIR: z.string().min(1).default('.data'),
  PLAC_DEMO_DATA: booleanFlag.optional(),
  PLAC_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PLAC_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  PLAC_MAX_VERTICES: z.coerce.number().int().min(4).max(1_000_000).default(10_000),
  PLAC_MAX_GRID_CELLS: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  PLAC_MAX_TEXT_LENGTH: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
  PLAC_TILES_COMMENTS_DETAIL_ZOOM: z.coerce.number().int().min(0).max(23).default(14),
  PLAC_TILES_PROJECTS_DETAIL_ZOOM: z.coerce.number().int().min(0).max(23).default(13),
  PLAC_TILE_CACHE_MB: z.coerce.number().min(0).max(16_384).default(64),
  PLAC_GRAPHQL_EXPLORER: booleanFlag.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:-]{1,64}$/, 'must be 1 to 64 letters, digits, _ - :')
    .default('plac'),
  PLAC_RATE_LIMIT_FACTOR: z.coerce.number().min(0.01).max(10_000).default(1),
  PLAC_REPORT_MIN_ACCOUNT_AGE_HOURS: z.coerce.number().min(0).max(8760).default(24),
  PLAC_WEB_DIST: z.string().min(1).default('web/dist'),
  MAP_STYLE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  MAP_ATTRIBUTION: z.string().max(500).optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[\w.:/, -]+)$/, 'must be true, false, a hop count or addresses')
    .default('false'),
  PLAC_ALLOWED_ORIGINS: z.string().optional(),
  PLAC_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  PLAC_GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  PLAC_GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  PLAC_GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
  PLAC_GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  PLAC_BODY_LIMIT: byteSize.default('1mb'),
  PLAC_STAFF_BODY_LIMIT: byteSize.default('32mb'),
  PLAC_MAX_CONCURRENT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(16),
  PLAC_WS_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(33_554_432).default(65_536),
  PLAC_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1000).default(20),
  PLAC_WS_MAX_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  PLAC_FILES_DIR: z.string().min(1).optional(),
  PLAC_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(20_971_520),
  PLAC_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  PLAC_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  PLAC_S3_REGION: z
    .string()
    .regex(/^[\w-]{1,40}$/, 'must be a region name')
    .default('us-east-1'),
  PLAC_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  PLAC_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  PLAC_PLAN_REASSIGN_BATCH: z.coerce.number().int().min(1).max(100_000).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  /** Set: a PostgreSQL server. Unset: the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo accounts, consultations and budget at start; by default on the embedded database only. */
  demoData: boolean;
  poolSize: number;
  statementTimeoutMs: number;
  maxVertices: number;
  /** The longest text any argument may carry, checked before any resolver runs. */
  maxTextLength: number;
  /** The most (remark, cell) pairs one feedback grid may build. */
  maxGridCells: number;
  /**
   * Map tiles below these zooms hold counted cells instead of single remarks or projects; public
   * tiles once built are kept in memory up to `cacheBytes`.
   */
  tiles: { commentsDetailZoom: number; projectsDetailZoom: number; cacheBytes: number };
  graphqlExplorer: boolean;
  /** Rate-limit counters in Redis, shared by several processes; unset: in memory. */
  redisUrl: string | undefined;
  rateLimits: {
    /** Prefix of the counters' Redis keys, for several Plac instances on one Redis. */
    keyPrefix: string;
    /** Multiplies every allowance (rate-limit.policy.ts). */
    factor: number;
  };
  /** Reports hide a remark automatically only when they come from accounts at least this old. */
  reportMinAccountAgeHours: number;
  /** The built web client the server serves at /. */
  webDist: string;
  /** The web map's style: an external basemap (with its attribution); unset: Plac's own. */
  map: { styleUrl: string | undefined; attribution: string | undefined };
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client. */
  trustProxy: boolean | number | string;
  /** Origins besides the server's own whose pages may open a WebSocket to it. */
  allowedOrigins: readonly string[];
  operationLimits: OperationLimits;
  /** Request bodies: anyone's, and a signed-in planner's or admin's (plan and Pabulib imports). */
  bodyLimit: { anyone: string; staff: string };
  webSocket: { maxMessageBytes: number; maxSubscriptions: number; maxSocketsPerAddress: number };
  /** Requests in flight at once from one client address. */
  maxConcurrentPerAddress: number;
  /** Uploaded files: in `dir` (the default), or in an S3-compatible bucket when `s3` is set. */
  files: { dir: string; maxUploadBytes: number; s3: S3Settings | undefined };
  /** Remarks given their plan zone per statement after an import: fewer on the embedded database. */
  planReassignBatchSize: number;
};

/** An S3-compatible store; without keys, the SDK's own chain (environment, instance role). */
export type S3Settings = {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once; a bad value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const v = parsed.data;
  const dataDir = resolve(repoRoot, v.PLAC_DATA_DIR);
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    logLevel: v.LOG_LEVEL,
    databaseUrl: v.DATABASE_URL,
    dataDir,
    demoData: v.PLAC_DEMO_DATA ?? v.DATABASE_URL === undefined,
    poolSize: v.PLAC_DB_POOL_SIZE,
    statementTimeoutMs: v.PLAC_STATEMENT_TIMEOUT_MS,
    maxVertices: v.PLAC_MAX_VERTICES,
    maxTextLength: v.PLAC_MAX_TEXT_LENGTH,
    maxGridCells: v.PLAC_MAX_GRID_CELLS,
    tiles: {
      commentsDetailZoom: v.PLAC_TILES_COMMENTS_DETAIL_ZOOM,
      projectsDetailZoom: v.PLAC_TILES_PROJECTS_DETAIL_ZOOM,
      cacheBytes: Math.round(v.PLAC_TILE_CACHE_MB * 1024 * 1024),
    },
    graphqlExplorer: v.PLAC_GRAPHQL_EXPLORER ?? v.NODE_ENV !== 'production',
    redisUrl: v.REDIS_URL,
    rateLimits: { keyPrefix: v.REDIS_KEY_PREFIX, factor: v.PLAC_RATE_LIMIT_FACTOR },
    reportMinAccountAgeHours: v.PLAC_REPORT_MIN_ACCOUNT_AGE_HOURS,
    webDist: resolve(repoRoot, v.PLAC_WEB_DIST),
    map: { styleUrl: v.MAP_STYLE_URL, attribution: v.MAP_ATTRIBUTION },
    trustProxy: parseTrustProxy(v.TRUST_PROXY),
    allowedOrigins: (v.PLAC_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    operationLimits: {
      maxDepth: v.PLAC_GRAPHQL_MAX_DEPTH,
      maxAliases: v.PLAC_GRAPHQL_MAX_ALIASES,
      maxDirectives: v.PLAC_GRAPHQL_MAX_DIRECTIVES,
      maxTokens: v.PLAC_GRAPHQL_MAX_TOKENS,
      maxCost: v.PLAC_GRAPHQL_MAX_COST,
    },
    bodyLimit: { anyone: v.PLAC_BODY_LIMIT, staff: v.PLAC_STAFF_BODY_LIMIT },
    maxConcurrentPerAddress: v.PLAC_MAX_CONCURRENT_PER_ADDRESS,
    webSocket: {
      maxMessageBytes: v.PLAC_WS_MAX_MESSAGE_BYTES,
      maxSubscriptions: v.PLAC_WS_MAX_SUBSCRIPTIONS,
      maxSocketsPerAddress: v.PLAC_WS_MAX_SOCKETS_PER_ADDRESS,
    },
    files: {
      dir: v.PLAC_FILES_DIR ? resolve(repoRoot, v.PLAC_FILES_DIR) : join(dataDir, 'files'),
      maxUploadBytes: v.PLAC_MAX_UPLOAD_BYTES,
      s3: s3Settings(v),
    },
    planReassignBatchSize: v.PLAC_PLAN_REASSIGN_BATCH ?? (v.DATABASE_URL ? 5000 : 1000),
  };
}

function s3Settings(v: z.infer<typeof schema>): S3Settings | undefined {
  const keys = [v.PLAC_S3_ACCESS_KEY_ID, v.PLAC_S3_SECRET_ACCESS_KEY];
  if (keys.filter(Boolean).length === 1) {
    throw new ConfigError(
      'Invalid configuration:\n  PLAC_S3_ACCESS_KEY_ID and PLAC_S3_SECRET_ACCESS_KEY go together',
    );
  }
  if (!v.PLAC_S3_BUCKET) {
    if (v.PLAC_S3_ENDPOINT || keys[0]) {
      throw new ConfigError('Invalid configuration:\n  PLAC_S3_BUCKET: is needed for S3 storage');
    }
    return undefined;
  }
  const [accessKeyId, secretAccessKey] = keys;
  return {
    endpoint: v.PLAC_S3_ENDPOINT,
    bucket: v.PLAC_S3_BUCKET,
    region: v.PLAC_S3_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

// Express reads `true`, a hop count, or a list of trusted addresses and subnets.
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
