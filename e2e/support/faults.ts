import type { FaultLogEntry, FaultScriptInput } from '../../server/src/faults';

export interface ServerRow {
  id: string;
  confirmation_number: string;
  device_id: string | null;
  payload_hash: string;
  supersedes: string | null;
}

/**
 * The test's side of the server's fault mode (server/src/faults.ts): script faults, read what the
 * server saw, read (or lose) rows of its real database, all over HTTP while it runs.
 */
export class FaultControl {
  constructor(private readonly baseUrl: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/api/test${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** Replaces the fault script and clears the request log. */
  async script(script: FaultScriptInput = {}): Promise<void> {
    await this.call('PUT', '/faults', script);
  }

  log(): Promise<FaultLogEntry[]> {
    return this.call<{ entries: FaultLogEntry[] }>('GET', '/faults/log').then((r) => r.entries);
  }

  /** POSTs of applications the server saw, per Idempotency-Key. */
  async postsPerKey(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const e of await this.log()) {
      if (e.route === 'applications' && e.key) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
    }
    return counts;
  }

  /** Rows of the server's database, for these ids and/or this device. */
  rows(filter: { ids?: string[]; device?: string }): Promise<ServerRow[]> {
    return this.call<{ rows: ServerRow[] }>('POST', '/rows', filter).then((r) => r.rows);
  }

  /** Makes the server lose rows, as a restore from an older backup would. */
  async forget(ids: string[]): Promise<number> {
    return (await this.call<{ forgotten: number }>('POST', '/rows/forget', { ids })).forgotten;
  }
}
