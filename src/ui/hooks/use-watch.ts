import { type Inputs, useLayoutEffect, useState } from 'preact/hooks';
import { type WatchOptions, watch } from '../../store/live';
import type { WatchedRead } from '../../store/watched-reads';

export type Watched<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: unknown };

/**
 * The current result of a store read, kept up to date as the data changes anywhere. The read
 * starts as the component is drawn (a layout effect), not after the frame is painted (an effect):
 * the screen waits for it anyway, and on a reload's lock screen that frame cost a 4× slower CPU
 * a few tens of milliseconds (issue 8, the warm start).
 */
export function useWatch<T>(
  read: () => Promise<T>,
  inputs: Inputs,
  options: WatchOptions = {},
): Watched<T> {
  const [result, setResult] = useState<Watched<T>>({ state: 'loading' });
  useLayoutEffect(() => {
    const sub = watch(
      read,
      // The same value read again (a count that did not move) draws nothing again.
      (value) =>
        setResult((was) =>
          was.state === 'ready' && Object.is(was.value, value) ? was : { state: 'ready', value },
        ),
      (error) => {
        // Never silent: a screen that waits on a failed read would otherwise stay blank unexplained.
        console.error('A read from the device storage failed:', error);
        setResult({ state: 'error', error });
      },
      options,
    );
    return () => sub.unsubscribe();
  }, inputs);
  return result;
}

/**
 * A read of store/watched-reads.ts, watched with the tables it is defined with. `args` are its
 * arguments and, unless `deps` says otherwise, what makes the screen read it again.
 */
export function useWatched<A extends readonly unknown[], T>(
  watched: WatchedRead<A, T>,
  args: A,
  options: { throttleMs?: number; deps?: Inputs } = {},
): Watched<T> {
  const { deps = args, ...watchOptions } = options;
  return useWatch(() => watched.read(...args), deps, { ...watchOptions, tables: watched.tables });
}
