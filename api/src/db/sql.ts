import type pg from 'pg';

/**
 * Dynamic SQL is built with sql-template-tag: `sql\`… ${value} …\`` numbers the parameters
 * itself, `join` and `empty` compose optional clauses, `raw` splices trusted identifiers only.
 * A `Sql` passes straight to `pool.query` / `client.query` (it has `text` and `values`).
 */
export { default as sql, empty, join, raw, type Sql } from 'sql-template-tag';

/** What a statement runs on: the pool, or the client of a transaction. */
export type Queryable = pg.Pool | pg.ClientBase;
