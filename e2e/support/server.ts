import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** What users get (`npm run build`): no test hooks. */
export const PRODUCTION_BUILD_DIR = join(ROOT, 'dist');
/**
 * What the browser tests run against (`npm run build:test`): the same build plus the test hooks
 * (src/sync/test-hooks.ts), which seed the store and shorten timeouts.
 */
export const TEST_BUILD_DIR = join(ROOT, 'dist-test');

/** The assister every browser test signs in as: created with `npm run assister` on each fresh data folder. */
export const E2E_ASSISTER = { name: 'e2e-assister', password: 'tarragon meadow 7731' } as const;
/** A fresh data folder needs an initdb in WASM (~5 s on this machine); leave room for a slow CI. */
const START_TIMEOUT_MS = 60_000;
/**
 * A data folder that already holds the test assister (e2e/support/global-setup.ts makes it once
 * per run). Copying it takes a fifth of a second; making one takes an initdb, a CLI process and a
 * first server start, 10–11 s on a 2-core machine where a copied one starts in 3 s.
 */
export const DATA_TEMPLATE_ENV = 'EA_E2E_DATA_TEMPLATE';

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail()));
    });
  });
}

export interface ServerOptions {
  /** Turn on fault mode: the test scripts faults and reads what the server saw. */
  faults?: boolean;
  /**
   * Serve the app from another folder than the test build (a copy a test can change, e.g. a new
   * service worker; the production build, for Lighthouse).
   */
  staticDir?: string;
}

/**
 * The real reference server as a separate process (as `npm start` runs it), on a free port with a
 * fresh data folder, so that a test can stop it, kill it and start it again on the same data.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly options: ServerOptions,
  ) {}

  static async start(options: ServerOptions = {}): Promise<ServerProcess> {
    const staticDir = options.staticDir ?? TEST_BUILD_DIR;
    if (!existsSync(join(staticDir, 'index.html'))) {
      throw new Error(
        `The app is not built in ${staticDir}: run "npm run build:test" before the browser tests.`,
      );
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'ea-data-'));
    const server = new ServerProcess(await freePort(), dataDir, options);
    const template = process.env[DATA_TEMPLATE_ENV];
    if (template && existsSync(template)) cpSync(template, dataDir, { recursive: true });
    // As an exchange would: create the assister's account with the CLI, then start the server.
    else await server.addAssister(E2E_ASSISTER.name, E2E_ASSISTER.password);
    await server.launch();
    return server;
  }

  /**
   * A data folder where the test assister exists and the server has started once (its keys made,
   * its migrations run), for `start` to copy: see DATA_TEMPLATE_ENV.
   */
  static async makeTemplate(): Promise<string> {
    const server = await ServerProcess.start();
    await server.stop();
    return server.dataDir;
  }

  /** `npm run assister -- add NAME` on this data folder (the server must be stopped: PGlite). */
  addAssister(name: string, password: string): Promise<void> {
    return new Promise((ok, fail) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/assister.ts', 'add', name],
        {
          cwd: ROOT,
          env: { ...process.env, DATA_DIR: this.dataDir, DATABASE_URL: '' },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      child.stdin?.end(`${password}\n`);
      child.on('exit', (code) =>
        code === 0 ? ok() : fail(new Error(`assister add failed:\n${output}`)),
      );
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async launch(): Promise<void> {
    if (this.child) throw new Error('server already running');
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DATABASE_URL: '',
        STATIC_DIR: this.options.staticDir ?? TEST_BUILD_DIR,
        // Fault mode (server/src/faults.ts): scripted per test over its control endpoints.
        FAULTS: this.options.faults ? '1' : '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      try {
        const res = await fetch(`${this.url}/api/v1/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy in ${START_TIMEOUT_MS} ms:\n${this.output}`);
  }

  /** Graceful stop (SIGTERM): in-flight requests finish, the database closes. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  /** A crash (SIGKILL): nothing finishes. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null) return;
    await new Promise<void>((ok) => {
      child.once('exit', () => ok());
      child.kill(signal);
    });
  }

  /**
   * Rows the server's own database holds for an application (all rows when no id). Reads the data
   * folder directly, so the server must be stopped: PGlite lets one process own it.
   */
  async countRows(id?: string): Promise<number> {
    if (this.child) throw new Error('stop the server before reading its database');
    const db = await PGlite.create(this.dataDir);
    try {
      const result = id
        ? await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM applications WHERE id = $1',
            [id],
          )
        : await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
      return result.rows[0]?.n ?? -1;
    } finally {
      await db.close();
    }
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
