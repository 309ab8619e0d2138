/** The page asks a waiting worker to take over, after the assister agreed to reload. */
export const SKIP_WAITING_MESSAGE = 'skip-waiting';

/**
 * A page the active worker does not control asks to be taken over. The worker claims every page at
 * activation, but not one still loading then (a reload or link followed during the first install):
 * without this, that page would not open offline-ready until the next reload.
 */
export const CLAIM_MESSAGE = 'claim';

export function messageType(data: unknown): string | null {
  return typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof data.type === 'string'
    ? data.type
    : null;
}
