import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import { type ExchangeJwk, type ExchangeKey, importExchangePublicKey, sealJson } from '../crypto';
import type { ExchangePublicKey } from '../schema/config';
import { isSealedBody, type SealedSubmission } from '../schema/sealed';
import type { Submission } from '../schema/submission';
import { type AssistDb, TABLES } from './db';
import type { ExchangeKeyRecord } from './records';

export type { ExchangeKeyRecord };

/**
 * The exchange's sealing key on this device: read from IndexedDB when first needed (so an app that
 * starts offline still seals), replaced whenever GET /api/v1/config gives a new one. Reading it is
 * not on the way to the first screen (the lock screen seals nothing): the read is one IndexedDB
 * round trip and an RSA import, which delayed the warm start by a round trip while awaited there.
 */
export class ExchangeKeyStore {
  private key: ExchangeKey | null = null;
  private loading: Promise<ExchangeKey | null> | null = null;

  constructor(private readonly db: AssistDb) {}

  /** The imported key, or null when this device never reached the exchange (or not read yet). */
  current(): ExchangeKey | null {
    return this.key;
  }

  /** Reads the stored key, once; later calls get the same answer (or the key saved since). */
  load(): Promise<ExchangeKey | null> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<ExchangeKey | null> {
    // Outside any transaction: the first read may come from inside the queueing one (sealRow).
    const stored = await Dexie.ignoreTransaction(() => this.db.exchange.get('current'));
    const key = stored ? await importExchangePublicKey(stored.jwk as ExchangeJwk) : null;
    // A key saved while this read ran is the newer one.
    this.key ??= key;
    return this.key;
  }

  /** Keeps a key the exchange just published (refused, and the old one kept, if it is not usable). */
  async save(jwk: ExchangePublicKey, now: Date = new Date()): Promise<void> {
    const key = await importExchangePublicKey(jwk as ExchangeJwk);
    await this.db.exchange.put({ id: 'current', jwk, fetchedAt: now.toISOString() });
    this.key = key;
  }
}

/** The sealed body of a submission: the clear fields the exchange needs first, the rest sealed. */
export async function sealSubmission(
  key: ExchangeKey,
  submission: Submission,
): Promise<SealedSubmission> {
  const sealed = await sealJson(key, submission);
  const { id, schemaVersion, createdAt } = submission;
  const extra = submission as { supersedes?: string; rulesVersion?: string };
  return {
    id,
    schemaVersion,
    createdAt,
    ...(extra.supersedes ? { supersedes: extra.supersedes } : {}),
    ...(extra.rulesVersion ? { rulesVersion: extra.rulesVersion } : {}),
    sealed,
  };
}

type OutboxRow = { submission?: unknown } & Record<string, unknown>;

async function sealRow(row: OutboxRow, keys: ExchangeKeyStore): Promise<OutboxRow> {
  if (row.submission === undefined || isSealedBody(row.submission)) return row;
  // The stored key, read now if nothing has read it yet (a read failure seals nothing, as before).
  const key = keys.current() ?? (await keys.load().catch(() => null));
  if (!key) return row;
  return { ...row, submission: await sealSubmission(key, row.submission as Submission) };
}

/**
 * The sealed outbox (issue 7, DESIGN.md §6) as a Dexie middleware on the `outbox` table: a
 * submission is sealed for the exchange as it is queued, inside the queueing transaction, so the
 * outbox only ever holds the sealed body, which the page (locked or not) and the service worker
 * send as they are. Sealed once: every retry sends the same body.
 *
 * NOTE: a device that never reached the exchange has no key to seal with; it queues in clear
 * rather than refuse the application (nothing typed may be lost), and docs/security.md says so.
 * It signed in online once, and sign-in fetches the key, so this is a device whose first sign-in
 * and configuration fetch were cut apart.
 */
export function installOutboxSealing(db: Dexie, keys: ExchangeKeyStore): void {
  const wrap = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    async mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const work = Promise.all(req.values.map((v) => sealRow(v as OutboxRow, keys)));
      const values = await (Dexie.currentTransaction ? Dexie.waitFor(work) : work);
      return table.mutate({ ...req, values });
    },
  });
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'outbox-sealing',
    create: (down) => ({
      ...down,
      table: (name) => (name === TABLES.outbox ? wrap(down.table(name)) : down.table(name)),
    }),
  };
  db.use(middleware);
}
