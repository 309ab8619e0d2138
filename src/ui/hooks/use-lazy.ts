import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded after the first screen has rendered, so that the first screen's JavaScript
 * stays small (budget: 50 KB gzip). Each loader runs once; the same promise serves every caller.
 */
const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();

export function useLazy<T>(loader: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    let promise = loaded.get(loader) as Promise<T> | undefined;
    if (!promise) {
      promise = loader();
      loaded.set(loader, promise);
    }
    void promise.then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, [loader]);
  return module;
}
