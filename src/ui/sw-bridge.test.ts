import { afterEach, describe, expect, it, vi } from 'vitest';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;

  /** A worker installing as the browser reports it: found, waiting for a moment, then installed. */
  install(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
  }

  /** With no active worker the installed one activates at once (the first install). */
  activate(worker: FakeWorker) {
    this.waiting = null;
    this.active = worker;
    worker.become('activated');
  }
}

/** sw-bridge and update-state afresh, against a fake `navigator.serviceWorker`. */
async function start(registration: FakeRegistration) {
  vi.resetModules();
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      controller: registration.active,
      addEventListener() {},
      ready: new Promise(() => {}),
      register: () => Promise.resolve(registration),
    },
  });
  const { registerServiceWorker } = await import('./sw-bridge');
  const { onUpdatePhase } = await import('./update-state');
  const offers: boolean[] = [];
  onUpdatePhase((phase) => offers.push(phase !== 'none'));
  registerServiceWorker(() => {});
  // The registration's promise settles (a task flushes every microtask before it).
  await new Promise((ok) => setTimeout(ok, 0));
  return offers;
}

describe('the update offer', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('is not made for the first install, which passes through "installed" on its way', async () => {
    const registration = new FakeRegistration();
    const offers = await start(registration);
    const first = new FakeWorker();
    registration.install(first);
    registration.activate(first);
    expect(offers).toEqual([false]);
  });

  it('is made for a new version installed while another is active', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    const offers = await start(registration);
    registration.install(new FakeWorker());
    expect(offers.at(-1)).toBe(true);
  });

  it('is made at start for a version already waiting', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    registration.waiting = new FakeWorker();
    const offers = await start(registration);
    expect(offers.at(-1)).toBe(true);
  });
});
