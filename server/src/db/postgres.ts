import postgres from 'postgres';
import type { Db, Queryable } from './client';

/** Connections per process: plenty for a small exchange; PostgreSQL's default limit is 100. */
const POOL_SIZE = 10;

type Sql = postgres.Sql | postgres.TransactionSql;

function wrap(sql: Sql): Queryable {
  return {
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await sql.unsafe(
        text,
        params as postgres.ParameterOrJSON<never>[],
      )) as unknown as T[];
    },
    async exec(text: string) {
      await sql.unsafe(text);
    },
  };
}

/**
 * A real PostgreSQL server (DATABASE_URL), for when one machine's embedded database is outgrown.
 * The same SQL and migrations as PGlite run here.
 */
export async function openPostgres(url: string): Promise<Db> {
  const sql = postgres(url, { max: POOL_SIZE, onnotice: () => {} });
  await sql`SELECT 1`;
  return {
    ...wrap(sql),
    transaction: async (body) => (await sql.begin((tx) => body(wrap(tx)))) as never,
    close: () => sql.end({ timeout: 5 }),
  };
}
