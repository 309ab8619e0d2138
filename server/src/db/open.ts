import { type Db, openPglite } from './client';
import { lockDataDir } from './data-dir-lock';
import { openPostgres } from './postgres';

export interface OpenedDb {
  db: Db;
  /** `postgresql` or `pglite:<folder>`, for the start-up log line (no credentials). */
  description: string;
}

/**
 * The one way the server and its command-line tools open storage: PostgreSQL when a URL is given,
 * else the embedded database in `dataDir`, locked for this process (DataDirBusyError if another
 * live process holds it). Closing the database releases the lock.
 */
export async function openDatabase(args: {
  databaseUrl: string | null;
  dataDir: string;
  role: string;
}): Promise<OpenedDb> {
  if (args.databaseUrl) {
    return { db: await openPostgres(args.databaseUrl), description: 'postgresql' };
  }
  const release = lockDataDir(args.dataDir, args.role);
  let db: Db;
  try {
    db = await openPglite(args.dataDir);
  } catch (error) {
    release();
    throw error;
  }
  return {
    db: {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    },
    description: `pglite:${args.dataDir}`,
  };
}
