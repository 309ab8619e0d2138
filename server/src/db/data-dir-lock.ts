import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The file that says which process owns an embedded data folder. */
export const LOCK_FILE = 'owner.lock';

export interface LockOwner {
  pid: number;
  /** What holds it: `server` or `assister-cli`. */
  role: string;
  since: string;
}

/** The data folder is in use by another live process (PGlite lets one process own a folder). */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The database in ${dataDir} is in use by the ${owner.role === 'server' ? 'server' : owner.role} (process ${owner.pid}, since ${owner.since}).`,
    );
    this.name = 'DataDirBusyError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else: alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.role === 'string'
      ? { pid: owner.pid, role: owner.role, since: String(owner.since ?? '?') }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the embedded data folder for this process, or throws DataDirBusyError naming the live
 * process that holds it. The lock file is created exclusively (O_EXCL), so two processes starting
 * together cannot both win. A lock left by a dead process (kill -9, power loss) is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string, role: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DataDirBusyError(dataDir, owner);
      }
      rmSync(path, { force: true });
      continue;
    }
    const owner: LockOwner = { pid: process.pid, role, since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return () => {
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    };
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
