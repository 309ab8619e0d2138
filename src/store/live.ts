import { liveQuery } from 'dexie';

export interface Subscription {
  unsubscribe(): void;
}

/**
 * Re-runs a read whenever the tables it touched change, in this tab, another tab or the service
 * worker. The UI watches the store through this, never through Dexie directly.
 */
export function watch<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Subscription {
  return liveQuery(read).subscribe({ next: onValue, error: onError });
}
