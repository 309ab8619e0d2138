import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENGINE, openTestDb, type TestDb } from './test-support';

/**
 * Test support: the real server and the real `npm run assister` as separate processes (what an
 * operator runs), on a fresh embedded data folder or a fresh PostgreSQL schema, so that tests can
 * kill -9 the server, stop it gracefully and start it again on the same data.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
/** A fresh data folder costs an initdb in WASM (~5 s here); leave room for a slow, busy machine. */
const START_TIMEOUT_MS = 60_000;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail()));
    });
  });
}

export class ServerUnderTest {
  private child: ChildProcess | null = null;
  output = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly testDb: TestDb | null,
  ) {}

  /**
   * Data for a server: a temporary folder (PGlite) or a schema of its own (PostgreSQL). With
   * `template` (PGlite only), the folder starts as a copy of that one: an initdb in WASM and a CLI
   * run cost every test 10–30 s on a busy machine, a copy a fraction of a second.
   */
  static async create(template?: string): Promise<ServerUnderTest> {
    const testDb = ENGINE === 'postgres' ? await openTestDb('postgres') : null;
    const dataDir = mkdtempSync(join(tmpdir(), 'ea-server-'));
    if (template && !testDb) cpSync(template, dataDir, { recursive: true });
    // The server process opens its own connections; this one only keeps the schema alive.
    return new ServerUnderTest(await freePort(), dataDir, testDb);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private get env(): NodeJS.ProcessEnv {
    const { DATABASE_URL: _, ...rest } = process.env;
    return {
      ...rest,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      DATA_DIR: this.dataDir,
      STATIC_DIR: join(this.dataDir, 'no-static'),
      ...(this.testDb?.databaseUrl ? { DATABASE_URL: this.testDb.databaseUrl } : {}),
    };
  }

  /** `npm run assister -- …args` on this data, with `stdin` piped in; resolves with code and output. */
  assister(args: string[], stdin = ''): Promise<{ code: number; output: string }> {
    return new Promise((ok) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/assister.ts', ...args], {
        cwd: ROOT,
        env: this.env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.stdin.end(stdin);
      child.on('exit', (code) => ok({ code: code ?? -1, output }));
    });
  }

  /** Starts the server and waits until its health check passes. */
  async launch(): Promise<void> {
    if (this.child) throw new Error('server already running');
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/api/v1/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy in ${START_TIMEOUT_MS} ms:\n${this.output}`);
  }

  /** Starts a second server on the same data and returns how it ended (it should refuse). */
  async runAnother(): Promise<{ code: number; output: string }> {
    const port = await freePort();
    return new Promise((ok) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: ROOT,
        env: { ...this.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => ok({ code: code ?? -1, output }));
    });
  }

  /** Sends a signal and resolves with the exit code once the process has ended. */
  end(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((ok) => {
      child.once('exit', (code) => ok(code));
      child.kill(signal);
    });
  }

  async dispose(): Promise<void> {
    await this.end('SIGKILL');
    await this.testDb?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
