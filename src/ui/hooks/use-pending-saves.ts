import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Counts writes that have not committed yet (the form says "saved" only at zero), keeps their order
 * (`settled` resolves once every write so far has committed or failed), and while any is pending
 * asks the browser to confirm before the page is left: a reload then would lose the last keystroke.
 */
export function usePendingSaves() {
  const [count, setCount] = useState(0);
  const last = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (count === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [count]);
  return {
    count,
    track<T>(write: Promise<T>): Promise<T> {
      setCount((n) => n + 1);
      const done = write.finally(() => setCount((n) => n - 1));
      last.current = Promise.allSettled([last.current, done]);
      return done;
    },
    settled(): Promise<unknown> {
      return last.current;
    },
  };
}
