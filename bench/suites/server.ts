// Exchange API throughput (issue 5): submissions per second with 50 concurrent clients, p50/p99
// latency and errors, on the embedded database (PGlite) and on PostgreSQL, plain and sealed. The
// real server runs as its own process, as `npm start` runs it; autocannon (in this process) sends
// fresh applications, each with its own id, over keep-alive connections. Both share the machine.
// PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (bash .ci/run
// sets one up); the suite says so otherwise.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { sealSubmission } from '../../server/src/sealing/seal-like-a-browser';
import { withSearchPath } from '../../server/src/test-support';
import type { ExchangePublicKey } from '../../src/schema/config';
import type { Submission } from '../../src/schema/submission';
import { makeSubmission } from '../../test/fixtures/applications';
import type { Figure, Suite } from '../harness';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONNECTIONS = 50;
/** Seconds per run, and runs per figure: the median of runs smooths a busy shared machine. */
const RUN_SECONDS = 8;
const RUNS = 3;
/** Sealed bodies are made before a run (sealing is the device's cost, not the exchange's). */
const SEALED_BODIES = 12_000;
const ACCOUNT = { name: 'bench', password: 'tarragon meadow 7731' };

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail()));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end(stdin);
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`${args.join(' ')} failed: ${err}`)),
    );
  });
}

/** A server process on fresh data, an account on it, and a bearer token. */
async function startServer(databaseUrl: string | null) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ea-bench-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
    STATIC_DIR: join(dataDir, 'none'),
  };
  await run(['scripts/assister.ts', 'add', ACCOUNT.name], env, `${ACCOUNT.password}\n`);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const session = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ACCOUNT),
  });
  const { token } = (await session.json()) as { token: string };
  const config = (await (await fetch(`${url}/api/v1/config`)).json()) as {
    exchangeKey: ExchangePublicKey;
  };
  return {
    url,
    token,
    key: config.exchangeKey,
    async stop() {
      await new Promise<void>((ok) => {
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface RunFigures {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** One autocannon run; each request a new application under its own Idempotency-Key. */
async function measure(
  url: string,
  token: string,
  nextBody: () => { id: string; body: string },
): Promise<RunFigures> {
  const result = await autocannon({
    url: `${url}/api/v1/applications`,
    connections: CONNECTIONS,
    duration: RUN_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { id, body } = nextBody();
          return {
            ...request,
            headers: {
              'Content-Type': 'application/json',
              'Idempotency-Key': id,
              Authorization: `Bearer ${token}`,
            },
            body,
          };
        },
      },
    ],
  });
  const created = result.statusCodeStats['201']?.count ?? 0;
  return {
    perSecond: Number(created) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function figures(label: string, runs: RunFigures[]): Figure[] {
  const rates = runs.map((r) => r.perSecond).sort((a, b) => b - a);
  const p50s = runs.map((r) => r.p50).sort((a, b) => a - b);
  const p99s = runs.map((r) => r.p99).sort((a, b) => a - b);
  const failures = runs.map((r) => r.failures).sort((a, b) => a - b);
  return [
    {
      name: `${label}: submissions/s, ${CONNECTIONS} clients`,
      unit: '/s',
      samples: runs.length,
      median: median(rates),
      p95: rates.at(-1) ?? Number.NaN,
    },
    {
      name: `${label}: latency p50`,
      unit: 'ms',
      samples: runs.length,
      median: median(p50s),
      p95: p50s.at(-1) ?? Number.NaN,
    },
    {
      name: `${label}: latency p99`,
      unit: 'ms',
      samples: runs.length,
      median: median(p99s),
      p95: p99s.at(-1) ?? Number.NaN,
    },
    {
      name: `${label}: errors + non-2xx`,
      unit: 'count',
      samples: runs.length,
      median: median(failures),
      p95: failures.at(-1) ?? 0,
      budget: { max: 0 },
    },
  ];
}

async function benchEngine(label: string, databaseUrl: string | null): Promise<Figure[]> {
  const server = await startServer(databaseUrl);
  try {
    const plain = (): { id: string; body: string } => {
      const sub = makeSubmission();
      return { id: sub.id, body: JSON.stringify(sub) };
    };
    const sealedPool: { id: string; body: string }[] = [];
    for (let i = 0; i < SEALED_BODIES; i += 1) {
      const sub: Submission = makeSubmission();
      sealedPool.push({ id: sub.id, body: JSON.stringify(await sealSubmission(server.key, sub)) });
    }
    let next = 0;
    const sealed = () => {
      const item = sealedPool[next % sealedPool.length];
      next += 1;
      if (!item) throw new Error('no sealed body');
      // Past the pool, bodies repeat: replays (200), which are not counted as submissions.
      return item;
    };
    await measure(server.url, server.token, plain); // warm-up: JIT, caches, connection pool
    const plainRuns: RunFigures[] = [];
    for (let i = 0; i < RUNS; i += 1)
      plainRuns.push(await measure(server.url, server.token, plain));
    const sealedRuns: RunFigures[] = [];
    for (let i = 0; i < RUNS; i += 1)
      sealedRuns.push(await measure(server.url, server.token, sealed));
    return [...figures(`${label}, plain`, plainRuns), ...figures(`${label}, sealed`, sealedRuns)];
  } finally {
    await server.stop();
  }
}

export const suite: Suite = {
  name: 'server (exchange API over HTTP)',
  async run(): Promise<Figure[]> {
    const out = await benchEngine('PGlite', null);
    const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!base) {
      console.log(
        '  server on PostgreSQL: not measured — set BENCH_DATABASE_URL (or TEST_DATABASE_URL)',
      );
      return out;
    }
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE SCHEMA ${schema}`);
    try {
      out.push(...(await benchEngine('PostgreSQL', withSearchPath(base, schema))));
    } finally {
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end({ timeout: 5 });
    }
    return out;
  },
};
