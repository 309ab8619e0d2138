import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import {
  decryptRecord,
  type EncryptedRecord,
  encryptJson,
  isEncryptedRecord,
  type KeyHolder,
  LockedError,
  type RecordAad,
} from '../crypto';
import { unownedCount } from './applications';
import { type AssistDb, TABLES } from './db';
import { isMetadataOnly } from './metadata-only';
import type { ApplicationRecord } from './records';

/**
 * Encrypted drafts (issue 7, DESIGN.md §6) as a Dexie middleware on the `applications` table, so
 * every repository that reads and writes applications gets it without knowing: on every write the
 * personal part of the record (`fields`: everything typed; `screening`: the eligibility check it
 * started from, the household's incomes and ages) is encrypted with the owner's data key
 * under a fresh IV, with the record's kind and id as AAD; the clear part is metadata with no
 * personal data (id, owner, status, step, times, attempts, receipt, and the exchange's problems,
 * which name field paths and codes, never values, so a sender that is locked can still record a
 * refusal). On read, the owner's unlocked key opens it again. Anyone else (locked, another
 * assister, the service worker) reads the metadata and an empty `fields`, and writing that back
 * keeps the ciphertext as it was. Plaintext is never written: without the key, a write that
 * carries typed values fails with LockedError.
 *
 * NOTE: WebCrypto is not IndexedDB: its promises are awaited through Dexie.waitFor, which keeps
 * the surrounding transaction alive, so read-modify-write transactions stay atomic.
 */
export const DRAFT_AAD_KIND = 'draft';

/** The personal part of an application record, encrypted as one value. */
interface PersonalPart {
  fields: Record<string, unknown>;
  screening?: unknown;
}

/** What sits in IndexedDB: the clear metadata, `fields` empty, and the sealed personal part. */
export interface StoredSealed {
  id: string;
  owner?: string;
  fields: Record<string, never>;
  sealed?: EncryptedRecord;
  [key: string]: unknown;
}

type Row = Record<string, unknown> & { id: string };

function hasPersonalData(row: Row): boolean {
  const fields = row.fields as Record<string, unknown> | undefined;
  return (fields !== undefined && Object.keys(fields).length > 0) || row.screening !== undefined;
}

/**
 * The row as stored: its personal part sealed. At once when exactly that text was sealed ahead
 * (sealAhead: the keystroke's save), else a promise of it.
 */
function seal(row: Row, holder: KeyHolder): Row | Promise<Row> {
  const active = holder.assisterId();
  const owner = typeof row.owner === 'string' ? row.owner : active;
  if (!hasPersonalData(row)) {
    // Nothing typed, or a record read without its key and written back (status changes made by
    // the sender): the ciphertext it carries stays as it was.
    return owner ? { ...row, owner } : row;
  }
  if (!owner) throw new LockedError();
  const key = holder.dataKeyFor(owner); // LockedError when locked or someone else is unlocked
  const { fields, screening, sealed: _old, ...meta } = row;
  const personal = personalPart((fields as Record<string, unknown>) ?? {}, screening);
  const json = JSON.stringify(personal);
  const done = (sealed: EncryptedRecord): Row => {
    // What was just sealed is known opened: the next read of this draft (the next keystroke's
    // save, the screen's watch) finds it here instead of decrypting what it wrote (issue 8).
    keepOpened(key, row.id, sealed, personal);
    return { ...meta, owner, fields: {}, sealed };
  };
  const ahead = takeSealedAhead(key, row.id, json);
  if (ahead?.sealed) return done(ahead.sealed);
  const again = () => encryptJson(key, json, draftAad(row.id));
  return (ahead ? ahead.sealing.then((sealed) => sealed ?? again()) : again()).then(done);
}

function personalPart(fields: Record<string, unknown>, screening: unknown): PersonalPart {
  return { fields, ...(screening === undefined ? {} : { screening }) };
}

const draftAad = (id: string): RecordAad => ({ kind: DRAFT_AAD_KIND, id });

/** A draft's personal part sealed before its save asked for it: `sealed` once WebCrypto is done. */
interface SealedAhead {
  personal: PersonalPart;
  json: string;
  sealing: Promise<EncryptedRecord | null>;
  sealed?: EncryptedRecord;
}

/**
 * Seals made ahead, per data key (gone with it, as the opened ones), by draft id, oldest first:
 * a few, as keys typed fast may each be sealed ahead before the first of their saves runs.
 */
const aheadByKey = new WeakMap<CryptoKey, Map<string, SealedAhead[]>>();
const AHEAD_KEPT = 4;

/**
 * Starts sealing what a save of draft `id` will write, before its transaction: the draft as last
 * opened or sealed here (or as sealed ahead last) with `change` made to its answers. WebCrypto
 * works while the key's own task and frame hold the main thread; the save's transaction then
 * writes as soon as its read answers, instead of keeping itself alive (Dexie.waitFor, one more
 * IndexedDB round trip behind the main thread) around the encryption (issue 8, the field change).
 * A seal ahead is used once, only for exactly the text it sealed, under the same key and AAD, so
 * it is the same as sealing in the transaction; one that is not used is never stored. Only a
 * draft written from elsewhere in between (another tab, a restore) leaves one unused: that save
 * then seals again, one more IV drawn (crypto/records.ts counts every write's).
 */
function sealAhead(
  holder: KeyHolder,
  id: string,
  change: (fields: Record<string, unknown>) => Record<string, unknown>,
): void {
  let key: CryptoKey;
  try {
    key = holder.dataKeyFor(holder.assisterId() ?? '');
  } catch {
    return; // locked: the save itself says so
  }
  const byId = aheadByKey.get(key) ?? new Map<string, SealedAhead[]>();
  const queued = byId.get(id) ?? [];
  const base = queued.at(-1)?.personal ?? openedByKey.get(key)?.get(id)?.personal;
  if (!base) return;
  const personal = personalPart(change(base.fields), base.screening);
  const json = JSON.stringify(personal);
  const ahead = { personal, json } as SealedAhead;
  ahead.sealing = encryptJson(key, json, draftAad(id)).then(
    (sealed) => (ahead.sealed = sealed),
    () => null, // the save seals it itself, and reports what fails there
  );
  byId.set(id, [...queued.slice(1 - AHEAD_KEPT), ahead]);
  aheadByKey.set(key, byId);
}

/**
 * The seal ahead of exactly `json`, dropping those before it (they were for older saves). None: the
 * draft was not what they were made from (written from elsewhere since), so none is kept.
 */
function takeSealedAhead(key: CryptoKey, id: string, json: string): SealedAhead | undefined {
  const byId = aheadByKey.get(key);
  const queued = byId?.get(id) ?? [];
  const at = queued.findIndex((ahead) => ahead.json === json);
  if (at < 0) byId?.delete(id);
  else byId?.set(id, queued.slice(at + 1));
  return queued[at];
}

/** Records opened under one data key, by id, each with the exact ciphertext it was opened from. */
type Opened = Map<string, { sealed: EncryptedRecord; personal: PersonalPart }>;

/**
 * What was decrypted, kept per data key so that a list read again (once a second while a drain
 * changes statuses, store/live.ts; the sender no longer re-encrypts, so the ciphertexts stay the
 * same) opens each draft once, not at every read. Keyed by the CryptoKey in a WeakMap: when the
 * app locks and the key leaves memory, so does everything opened with it. A hit needs the same IV
 * and ciphertext, so a record written since, or a ciphertext put there from elsewhere, is
 * decrypted (and authenticated) again.
 */
const openedByKey = new WeakMap<CryptoKey, Opened>();
/** Enough for a few pages of the list and the open application; the oldest go first. */
const OPENED_KEPT = 256;

/** Remembers `personal` as the opened form of `sealed` (a copy: callers may change theirs). */
function keepOpened(key: CryptoKey, id: string, sealed: EncryptedRecord, personal: PersonalPart) {
  let opened = openedByKey.get(key);
  if (!opened) {
    opened = new Map();
    openedByKey.set(key, opened);
  }
  opened.delete(id);
  opened.set(id, { sealed, personal: structuredClone(personal) });
  if (opened.size > OPENED_KEPT) opened.delete(opened.keys().next().value as string);
}

/** The personal part opened before from this exact ciphertext, or null. */
function openedBefore(key: CryptoKey, id: string, sealed: EncryptedRecord): PersonalPart | null {
  const opened = openedByKey.get(key);
  const hit = opened?.get(id);
  if (!opened || !hit || hit.sealed.iv !== sealed.iv || hit.sealed.ciphertext !== sealed.ciphertext)
    return null;
  opened.delete(id); // most recently used last
  opened.set(id, hit);
  return structuredClone(hit.personal);
}

/**
 * The row as its reader sees it: at once when its ciphertext was opened (or sealed) here before,
 * the usual case (the draft being typed into, a list read again); else a promise of it.
 */
function open(row: Row | undefined, holder: KeyHolder): Row | undefined | Promise<Row | undefined> {
  if (!row || !isEncryptedRecord(row.sealed)) return row;
  const owner = typeof row.owner === 'string' ? row.owner : null;
  if (!owner || holder.assisterId() !== owner) return row;
  const key = holder.dataKeyFor(owner);
  const { id, sealed } = row;
  const before = openedBefore(key, id, sealed);
  if (before) return withPersonal(row, before);
  return decryptRecord(key, sealed, draftAad(id)).then((personal) => {
    keepOpened(key, id, sealed, personal as PersonalPart);
    return withPersonal(row, personal as PersonalPart);
  });
}

function isPending<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

function withPersonal(row: Row, personal: PersonalPart): Row {
  const { sealed: _s, ...meta } = row;
  const { screening } = personal;
  return {
    ...meta,
    fields: personal.fields ?? {},
    ...(screening === undefined ? {} : { screening }),
  };
}

/**
 * Rows opened; the transaction is kept alive (Dexie.waitFor) only when one must be decrypted.
 * Dexie.waitFor hands its result over only at the next answer of a request it keeps spinning on
 * the transaction: one more IndexedDB round trip, queued behind whatever holds the main thread,
 * at every read of the draft being typed into (issue 8, the field change).
 */
function openAll(rows: (Row | undefined)[], holder: KeyHolder) {
  const opened = rows.map((r) => open(r, holder));
  // Not `instanceof Promise`: inside a transaction Dexie's zone swaps the global Promise.
  return opened.some(isPending) ? keepAlive(Promise.all(opened)) : (opened as (Row | undefined)[]);
}

const keepAlive = <T>(work: Promise<T>): Promise<T> =>
  Dexie.currentTransaction ? Dexie.waitFor(work) : work;

function encryptingTable(table: DBCoreTable, holder: KeyHolder): DBCoreTable {
  return {
    ...table,
    // `.then` on Dexie's own promises, not `async`/`await`: see ApplicationsRepo.saveFields.
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      let values: (Row | Promise<Row>)[];
      try {
        values = req.values.map((v) => seal(v as Row, holder));
      } catch (error) {
        return Promise.reject(error);
      }
      if (!values.some(isPending)) return table.mutate({ ...req, values });
      return keepAlive(Promise.all(values)).then((sealed) =>
        table.mutate({ ...req, values: sealed }),
      );
    },
    get(req) {
      return table.get(req).then((row) => {
        if (isMetadataOnly(req.trans)) return row;
        const opened = openAll([row as Row | undefined], holder);
        return isPending(opened) ? opened.then(([r]) => r) : opened[0];
      });
    },
    getMany(req) {
      return table
        .getMany(req)
        .then((rows) =>
          isMetadataOnly(req.trans) ? rows : openAll(rows as (Row | undefined)[], holder),
        );
    },
    query(req) {
      return table.query(req).then((res) => {
        if (!req.values || isMetadataOnly(req.trans)) return res;
        const opened = openAll(res.result as Row[], holder);
        return isPending(opened)
          ? opened.then((result) => ({ ...res, result }))
          : { ...res, result: opened };
      });
    },
  };
}

/** Installs the middleware on `db` (before its first use). `holder` is the app's key holder. */
export function installDraftEncryption(db: AssistDb, holder: KeyHolder): void {
  db.actor = () => holder.assisterId();
  db.sealAhead = (id, change) => sealAhead(holder, id, change);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'draft-encryption',
    create: (down) => ({
      ...down,
      table: (name) =>
        name === TABLES.applications ? encryptingTable(down.table(name), holder) : down.table(name),
    }),
  };
  db.use(middleware);
}

/**
 * Drafts made before PINs existed have no owner and sit in clear: the first assister to unlock
 * adopts them, which encrypts them under their key. Returns how many were adopted.
 */
export async function adoptUnownedDrafts(db: AssistDb): Promise<number> {
  // Two index counts answer "none" (the usual unlock) without reading a record. Otherwise a
  // cursor hands rows over as stored (this middleware opens only get and query results), so
  // finding the unowned ones does not decrypt every other draft.
  if ((await unownedCount(db)) === 0) return 0;
  const unowned: string[] = [];
  await db.applications.each((record) => {
    if (record.owner === undefined) unowned.push(record.id);
  });
  // In batches, each one transaction that reads its records again (one may have been typed into
  // since the cursor passed) and writes back those still unowned, encrypted by the middleware.
  let adopted = 0;
  for (let start = 0; start < unowned.length; start += ADOPT_BATCH) {
    const ids = unowned.slice(start, start + ADOPT_BATCH);
    adopted += await db.transaction('rw', db.applications, async () => {
      const rows = (await db.applications.bulkGet(ids)).filter(
        (row): row is ApplicationRecord => row !== undefined && row.owner === undefined,
      );
      await db.applications.bulkPut(rows);
      return rows.length;
    });
  }
  return adopted;
}

/** Records adopted per transaction: small enough that the list and typing are not held up long. */
const ADOPT_BATCH = 100;
