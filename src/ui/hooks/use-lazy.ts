import { useEffect, useState } from 'preact/hooks';
import { reportLoadFailure } from '../load-failure';

/**
 * A module loaded after the first screen has rendered, so that the first screen's JavaScript
 * stays small (budget: 50 KB gzip). Each loader runs once; the same promise serves every caller.
 * A load that fails is reported (load-failure.ts: the page reloads or says so); unless the page is
 * reloading, it is forgotten, so that a later render tries again where the browser allows it.
 */
const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();
/** Modules already here: a component drawn after they arrived has them from its first render. */
const arrived = new Map<() => Promise<unknown>, unknown>();

/** Starts `loader` now (main.tsx: before the first render), once, as useLazy would. */
export function preloadLazy<T>(loader: () => Promise<T>): Promise<T> {
  let promise = loaded.get(loader) as Promise<T> | undefined;
  if (!promise) {
    promise = loader();
    loaded.set(loader, promise);
    promise.then(
      (m) => arrived.set(loader, m),
      (error: unknown) => {
        // While the page reloads itself, a render still running here must not fetch the module
        // once more (a wasted request on a bad connection): it keeps the failure instead.
        if (!reportLoadFailure(error)) loaded.delete(loader);
      },
    );
  }
  return promise;
}

/** `loader`'s module once loaded; loaded from the first render on which it is `wanted`. */
export function useLazy<T>(loader: () => Promise<T>, wanted = true): T | null {
  const [module, setModule] = useState<T | null>(() => (arrived.get(loader) as T) ?? null);
  // An effect, after the first frame is painted: on a new device App's first render must not start
  // the assister's screens (and the store they import), which delayed its first paint. Where they
  // were wanted sooner, main.tsx preloaded them, and a render after they arrived has them at once.
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void preloadLazy(loader).then(
      (m) => live && setModule(() => m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [loader, wanted]);
  return module;
}
