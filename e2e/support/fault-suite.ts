import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FaultControl } from './faults';
import { ServerProcess } from './server';
import { openSession, type Session } from './session';

/** What a fault-matrix test works with: the real server in fault mode and this test's browser. */
export interface FaultSuite {
  readonly server: ServerProcess;
  readonly faults: FaultControl;
  /** A fresh Chromium profile for this test, signed in, its service worker in control. */
  readonly session: Session;
}

/**
 * Registers the hooks every fault-matrix file needs: the server in fault mode (one per file, or
 * one per test with `serverPerTest`), no faults scripted at the start of a test, a fresh browser
 * session per test, and on a failure what the server saw and what the device holds, printed.
 * Call it after any `beforeAll` whose result it needs (`staticDir` is read when the server starts).
 */
export function useFaultSuite(
  options: { serverPerTest?: boolean; staticDir?: () => string } = {},
): FaultSuite {
  let server: ServerProcess | undefined;
  let faults: FaultControl | undefined;
  let session: Session | undefined;

  const start = async () => {
    const staticDir = options.staticDir?.();
    server = await ServerProcess.start({ faults: true, ...(staticDir ? { staticDir } : {}) });
    faults = new FaultControl(server.url);
  };
  const stop = async () => {
    await server?.dispose();
    server = undefined;
  };
  if (options.serverPerTest) beforeEach(start);
  else {
    beforeAll(start);
    afterAll(stop);
  }
  beforeEach(async () => {
    await suite.faults.script({});
    session = await openSession(suite.server);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && faults && session) {
      const applications = await session.hooks.applications().catch((e: unknown) => String(e));
      console.log('DEBUG', JSON.stringify(await faults.log()), JSON.stringify(applications));
    }
    await session?.browser.close();
    session = undefined;
    if (options.serverPerTest) await stop();
  });

  const suite: FaultSuite = {
    get server() {
      if (!server) throw new Error('no fault-mode server outside a test');
      return server;
    },
    get faults() {
      if (!faults) throw new Error('no fault control outside a test');
      return faults;
    },
    get session() {
      if (!session) throw new Error('no browser session outside a test');
      return session;
    },
  };
  return suite;
}
