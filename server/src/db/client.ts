import { PGlite } from '@electric-sql/pglite';

/** The little the server needs from a database; PGlite now, PostgreSQL behind the same shape. */
export interface Db {
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (migrations). No parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Embedded PostgreSQL in a data folder (`memory://` for tests). One process owns a data folder:
 * PGlite is single-connection, so queries are serialised, and the unique constraints still decide
 * every race between same-key requests.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  return {
    async query<T extends object>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async close() {
      await pg.close();
    },
  };
}
