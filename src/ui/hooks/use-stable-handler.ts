import { useRef } from 'preact/hooks';

/**
 * A function that is the same at every render and calls the latest `handle`: for a memoized child
 * (it sees no new prop) or an object made once (it always reaches the current closure).
 */
export function useStableHandler<A extends unknown[], R>(
  handle: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(handle);
  latest.current = handle;
  return useRef((...args: A) => latest.current(...args)).current;
}
