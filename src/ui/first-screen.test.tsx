import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its "painted" promise, once resolved, stays resolved. */
async function freshModule() {
  vi.resetModules();
  return import('./first-screen');
}

/** Whether `promise` has settled after the pending effects and microtasks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the first screen painted', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while the screen still loads, and resolves once a screen says it is drawn', async () => {
    vi.useFakeTimers();
    const { firstScreenPainted, useFirstScreenPainted } = await freshModule();
    const painted = firstScreenPainted();
    function Screen(props: { ready: boolean }) {
      useFirstScreenPainted(props.ready);
      return <h1>{props.ready ? 'Unlock' : ''}</h1>;
    }
    const { rerender } = render(<Screen ready={false} />);
    expect(await settled(painted)).toBe(false);
    rerender(<Screen ready={true} />);
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled(painted)).toBe(true);
  });

  it('lets the waiting work start after the fallback when no screen ever says so', async () => {
    vi.useFakeTimers();
    const { firstScreenPainted, FIRST_SCREEN_FALLBACK_MS } = await freshModule();
    const painted = firstScreenPainted();
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FALLBACK_MS - 1);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(painted)).toBe(true);
  });
});
