/** The page asks a waiting worker to take over, after the assister agreed to reload. */
export const SKIP_WAITING_MESSAGE = 'skip-waiting';

export function messageType(data: unknown): string | null {
  return typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof data.type === 'string'
    ? data.type
    : null;
}
