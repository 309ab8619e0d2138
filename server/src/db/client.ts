import { PGlite, type Transaction } from '@electric-sql/pglite';

/** What runs SQL: the database itself, or one transaction on it. */
export interface Queryable {
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (migrations). No parameters. */
  exec(sql: string): Promise<void>;
}

/** The little the server needs from a database; PGlite or PostgreSQL behind the same shape. */
export interface Db extends Queryable {
  /** Runs `body` in one transaction: all of it commits, or none of it (on any throw). */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function wrap(pg: PGlite | Transaction): Queryable {
  return {
    async query<T extends object>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL in a data folder (`memory://` for tests). One process owns a data folder:
 * PGlite is single-connection, so queries are serialised, and the unique constraints still decide
 * every race between same-key requests.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  return {
    ...wrap(pg),
    transaction: (body) => pg.transaction((tx) => body(wrap(tx))),
    close: () => pg.close(),
  };
}
