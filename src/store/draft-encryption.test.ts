import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { decryptRecord, type EncryptedRecord, LockedError, toBase64Url } from '../crypto';
import type { StoredScreening } from '../schema/stored-screening';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { adoptUnownedDrafts, DRAFT_AAD_KIND, installDraftEncryption } from './draft-encryption';
import { LedgerRepo } from './ledger';
import { readMetadataOnly } from './metadata-only';
import { OutboxRepo } from './outbox';
import { Vault } from './vault';

const A = crypto.randomUUID();
const B = crypto.randomUUID();
const PII = ['Diaz', '234-56-7890', '1990-04-12'];
const recoveryKey = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

let name: string;
let db: AssistDb;
let vault: Vault;
let apps: ApplicationsRepo;

/** Every row of every store, as IndexedDB holds it (no middleware): what a raw copy would see. */
async function rawDump(): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = await Promise.all(raw.tables.map((t) => t.toArray()));
  raw.close();
  return JSON.stringify(rows);
}

beforeEach(async () => {
  name = `enc-${crypto.randomUUID()}`;
  db = new AssistDb(name);
  vault = new Vault(db, undefined, undefined, { iterations: 1_000 });
  installDraftEncryption(db, vault.holder);
  apps = new ApplicationsRepo(db);
  for (const [id, pin] of [
    [B, '615283'],
    [A, '482915'],
  ] as const) {
    await vault.create({
      assisterId: id,
      name: id === A ? 'maria' : 'ana',
      deviceId: crypto.randomUUID(),
      secret: pin,
      secretKind: 'pin',
      recoveryKey: recoveryKey(),
    });
  }
});

/** One application's record as IndexedDB holds it. */
async function rawRow(id: string): Promise<Record<string, unknown>> {
  const raw = new Dexie(name);
  await raw.open();
  const row = await raw.table('applications').get(id);
  raw.close();
  return row;
}

/** The IV WebCrypto was asked to encrypt under (a spy's record of its AES-GCM parameters). */
const ivOf = (params: unknown) => toBase64Url((params as AesGcmParams).iv as Uint8Array);

/** A draft's answers decrypted from the row as stored, with nothing this tab keeps opened. */
async function openedRaw(id: string): Promise<Record<string, unknown>> {
  const row = await rawRow(id);
  const personal = await decryptRecord(vault.holder.dataKeyFor(A), row.sealed as EncryptedRecord, {
    kind: DRAFT_AAD_KIND,
    id,
  });
  return (personal as { fields: Record<string, unknown> }).fields;
}

describe('encrypted drafts', () => {
  it('what was typed never reaches IndexedDB in clear; the owner reads it back', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    await apps.updateField(draft.id, 'member.m1.ssn', '234-56-7890');
    await apps.setStep(draft.id, 'identity');
    const dump = await rawDump();
    for (const value of PII) expect(dump).not.toContain(value);
    expect(dump).toContain(draft.id);
    const back = await apps.get(draft.id);
    expect(back?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    expect(back?.step).toBe('identity');
    expect((await apps.list()).map((r) => r.fields['member.m1.ssn' as never])).toEqual([
      '234-56-7890',
    ]);
  });

  it("the list's page and its search read the owner's drafts opened, and only the owner's", async () => {
    const first = await apps.createDraft({ fields: makeDraftV2() });
    await new Promise((r) => setTimeout(r, 2));
    const second = await apps.createDraft({ fields: makeDraftV2() });
    await apps.updateField(second.id, 'member.m1.firstName', 'Rosa');
    vault.lock('switch-assister');
    await vault.unlock(B, '615283');
    await apps.createDraft({ fields: makeDraftV2() });
    vault.lock('switch-assister');
    await vault.unlock(A, '482915');
    const page = await apps.listPage(10, { owner: A });
    expect(page).toMatchObject({ matching: 2, stored: 2 });
    expect(page.applications.map((r) => r.fields['member.m1.firstName' as never])).toEqual([
      'Rosa',
      'Ana',
    ]);
    const found = await apps.listPage(10, {
      owner: A,
      match: (r) => r.fields['member.m1.firstName' as never] === 'Ana',
    });
    expect(found.applications.map((r) => r.id)).toEqual([first.id]);
  });

  it('the eligibility check a draft started from is sealed with it, and read back by the owner', async () => {
    const screening = {
      screenedAt: '2026-11-20T10:00:00.000Z',
      input: { household: [{ age: 34, annualIncome: 48213 }] },
      determination: { aptcMonthly: 211 },
      packVersions: ['federal@2026.1'],
    } as unknown as StoredScreening;
    const draft = await apps.createDraft({ fields: makeDraftV2(), screening });
    expect(await rawDump()).not.toContain('48213');
    expect((await apps.get(draft.id))?.screening).toEqual(screening);
    // A status change made while locked (as the sender does) keeps it.
    vault.lock('on-demand');
    const locked = await db.applications.get(draft.id);
    expect(locked?.screening).toBeUndefined();
    if (!locked) throw new Error('gone');
    await db.applications.put({ ...locked, status: 'queued' });
    await vault.unlock(A, '482915');
    expect(await apps.get(draft.id)).toMatchObject({ status: 'queued', screening });
  });

  it('a fresh IV on every write', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const ivs = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      await apps.updateField(draft.id, 'contact.phone', `617555012${i}`);
      const raw = new Dexie(name);
      await raw.open();
      ivs.add((await raw.table('applications').get(draft.id)).sealed.iv);
      raw.close();
    }
    expect(ivs.size).toBe(5);
  });

  it('locked: reads show no personal data, and nothing typed can be written', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    vault.lock('on-demand');
    const locked = await apps.get(draft.id);
    expect(locked?.fields).toEqual({});
    expect(locked?.status).toBe('draft');
    await expect(apps.updateField(draft.id, 'member.m1.firstName', 'Eve')).rejects.toThrow(
      LockedError,
    );
    // Metadata written while locked (as the sender does) keeps the ciphertext as it was.
    await apps.setStep(draft.id, 'contact');
    const read = await db.applications.get(draft.id);
    if (!read) throw new Error('gone');
    await db.applications.put({
      ...read,
      status: 'needs_attention',
      problems: [{ path: 'application.members.0.ssn', code: 'invalid_format', message: 'Invalid' }],
    });
    await vault.unlock(A, '482915');
    const opened = await apps.get(draft.id);
    expect(opened?.fields).toMatchObject({ 'member.m1.firstName': 'Ana' });
    expect(opened).toMatchObject({ status: 'needs_attention', step: 'contact' });
  });

  it("assister B cannot read A's draft; each draft carries its owner", async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    expect(draft.owner ?? (await apps.get(draft.id))?.owner).toBe(A);
    vault.lock('switch-assister');
    await vault.unlock(B, '615283');
    const seen = await apps.get(draft.id);
    expect(seen?.owner).toBe(A);
    expect(seen?.fields).toEqual({});
    await expect(apps.updateField(draft.id, 'member.m1.firstName', 'Eve')).rejects.toThrow(
      LockedError,
    );
  });

  it('a tampered ciphertext is refused, not shown', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const raw = new Dexie(name);
    await raw.open();
    const row = await raw.table('applications').get(draft.id);
    const c = row.sealed.ciphertext as string;
    row.sealed.ciphertext = (c[0] === 'A' ? 'B' : 'A') + c.slice(1);
    await raw.table('applications').put(row);
    raw.close();
    await expect(apps.get(draft.id)).rejects.toThrow(/draft/);
  });

  it('a draft written or read here is not decrypted again; a ciphertext put there from elsewhere is', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const before = await rawRow(draft.id);
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    try {
      // What this tab sealed, it knows opened: reading it back (each keystroke's save, the
      // screen's watch) decrypts nothing.
      const first = await apps.get(draft.id);
      // What a reader does with its copy is not what the next reader gets.
      (first?.fields as Record<string, string>)['member.m1.lastName'] = 'Changed';
      const second = await apps.get(draft.id);
      expect(second?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
      await apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
      expect((await apps.get(draft.id))?.fields).toMatchObject({ 'member.m1.lastName': 'Reyes' });
      expect(decrypt).not.toHaveBeenCalled();

      // Another copy of the record (an older one, as another tab or a restore could leave):
      // not the ciphertext known here, so it is decrypted, and read as it is.
      const raw = new Dexie(name);
      await raw.open();
      await raw.table('applications').put(before);
      raw.close();
      expect((await apps.get(draft.id))?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
      expect(decrypt).toHaveBeenCalledTimes(1);
    } finally {
      decrypt.mockRestore();
    }
  });

  it("a keystroke's save is sealed ahead of its transaction, and that ciphertext is what is stored", async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    try {
      const saving = apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
      // Started with the call, before the transaction has read the record.
      expect(encrypt).toHaveBeenCalledTimes(1);
      const iv = ivOf(encrypt.mock.calls[0]?.[0]);
      await saving;
      expect(encrypt).toHaveBeenCalledTimes(1);
      const row = await rawRow(draft.id);
      expect((row.sealed as { iv: string }).iv).toBe(iv);
      expect(await openedRaw(draft.id)).toMatchObject({ 'member.m1.lastName': 'Reyes' });
    } finally {
      encrypt.mockRestore();
    }
  });

  it('a seal ahead is stored only for exactly what the save writes, and only once', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const before = await rawRow(draft.id);
    await apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
    // An older copy put there from elsewhere: the seal ahead (made from the copy known here, with
    // "Reyes") is not what the save writes (the older copy, with "Diaz", and the new answer).
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('applications').put(before);
    raw.close();
    await apps.updateField(draft.id, 'member.m1.firstName', 'Lucia');
    expect(await openedRaw(draft.id)).toMatchObject({
      'member.m1.lastName': 'Diaz',
      'member.m1.firstName': 'Lucia',
    });
    // Sealed ahead again from then on; the same text saved twice is sealed twice, each under its
    // own IV (a seal ahead is used once).
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    try {
      const ivs: string[] = [];
      for (let i = 0; i < 2; i++) {
        await apps.updateField(draft.id, 'member.m1.firstName', 'Ana');
        ivs.push(((await rawRow(draft.id)).sealed as { iv: string }).iv);
      }
      const sealedAhead = encrypt.mock.calls.map(([params]) => ivOf(params));
      expect(sealedAhead).toEqual(ivs);
      expect(new Set(ivs).size).toBe(2);
    } finally {
      encrypt.mockRestore();
    }
    expect(await openedRaw(draft.id)).toMatchObject({ 'member.m1.firstName': 'Ana' });
  });

  it('a ciphertext tampered with after it was read is still refused', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    expect((await apps.get(draft.id))?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    const raw = new Dexie(name);
    await raw.open();
    const row = await raw.table('applications').get(draft.id);
    const c = row.sealed.ciphertext as string;
    row.sealed.ciphertext = (c[0] === 'A' ? 'B' : 'A') + c.slice(1);
    await raw.table('applications').put(row);
    raw.close();
    await expect(apps.get(draft.id)).rejects.toThrow(/draft/);
  });

  it('drafts from before PINs (no owner, in clear) are adopted and encrypted by the first unlock', async () => {
    const raw = new Dexie(name);
    await raw.open();
    const ids = Array.from({ length: 150 }, () => crypto.randomUUID());
    await raw.table('applications').bulkPut(
      ids.map((id) => ({
        id,
        status: 'draft',
        schemaVersion: 2,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        fields: makeDraftV2(),
        attempts: 0,
      })),
    );
    raw.close();
    const mine = await apps.createDraft({ fields: makeDraftV2() });
    expect(await adoptUnownedDrafts(db)).toBe(150);
    expect(await rawDump()).not.toContain('234-56-7890');
    expect((await apps.get(ids[149] as string))?.owner).toBe(A);
    // Now the owner index holds every one of them, and the list reads it.
    expect(await apps.listPage(10, { owner: A })).toMatchObject({ stored: 151 });
    expect((await apps.get(mine.id))?.fields).toEqual(makeDraftV2());
    expect(await adoptUnownedDrafts(db)).toBe(0);
  });

  it('adopting does not write back an old copy over a draft typed into since it was found', async () => {
    const raw = new Dexie(name);
    await raw.open();
    const id = crypto.randomUUID();
    const stored = {
      id,
      status: 'draft',
      schemaVersion: 2,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      fields: makeDraftV2(),
      attempts: 0,
    };
    await raw.table('applications').put(stored);
    raw.close();
    // The assister types into it while adoption runs: the edit adopts it first.
    const typing = apps.updateField(id, 'member.m1.firstName', 'Rosa');
    const adopting = adoptUnownedDrafts(db);
    await Promise.all([typing, adopting]);
    expect((await apps.get(id))?.fields).toMatchObject({ 'member.m1.firstName': 'Rosa' });
    expect((await apps.get(id))?.owner).toBe(A);
  });

  it('submit still freezes the typed answers into the outbox', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const result = await apps.submit(draft.id);
    expect(result.ok).toBe(true);
    expect((await apps.get(draft.id))?.status).toBe('queued');
  });

  it("the sender's status changes leave the sealed personal part as it was (no decryption, no new IV)", async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    expect((await apps.submit(draft.id)).ok).toBe(true);
    const before = (await rawRow(draft.id)).sealed;
    const outbox = new OutboxRepo(db);
    await outbox.beginAttempt(draft.id);
    await outbox.recordReceipt(
      draft.id,
      {
        id: draft.id,
        confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
        receivedAt: '2026-12-02T15:05:00.000Z',
        payloadHash: 'a'.repeat(64),
      },
      201,
    );
    const after = await rawRow(draft.id);
    expect(after.status).toBe('submitted');
    expect(after.sealed).toEqual(before);
    const back = await apps.get(draft.id);
    expect(back?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    expect(back?.receipt?.confirmationNumber).toBe('EA-7K3F-9Q2D-M4XP');
  });

  it('a group commit and a reconciliation leave the sealed personal part as it was too', async () => {
    const receiptFor = (id: string) => ({
      id,
      confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
      receivedAt: '2026-12-02T15:05:00.000Z',
      payloadHash: 'a'.repeat(64),
    });
    const [sent, lost] = [
      await apps.createDraft({ fields: makeDraftV2() }),
      await apps.createDraft({ fields: makeDraftV2() }),
    ];
    for (const d of [sent, lost]) expect((await apps.submit(d.id)).ok).toBe(true);
    const before = [(await rawRow(sent.id)).sealed, (await rawRow(lost.id)).sealed];
    const outbox = new OutboxRepo(db);
    const claimed = await outbox.settle([], 2, null);
    expect(claimed.map((c) => c.id).sort()).toEqual([sent.id, lost.id].sort());
    const sentEntry = claimed.find((c) => c.id === sent.id);
    if (!sentEntry) throw new Error('not claimed');
    // One receipt arrives; the other's answer is lost, and the exchange's list brings it back.
    await outbox.settle(
      [{ kind: 'receipt', entry: sentEntry, receipt: receiptFor(sent.id), status: 201 }],
      0,
      null,
    );
    await outbox.recordRetry(lost.id, 'timeout');
    const report = await new LedgerRepo(db).apply(
      [receiptFor(sent.id), receiptFor(lost.id)],
      '2026-12-02T15:00:00.000Z',
      '2026-12-02T15:10:00.000Z',
    );
    expect(report.recovered).toEqual([lost.id]);
    for (const [i, id] of [sent.id, lost.id].entries()) {
      const after = await rawRow(id);
      expect(after.status).toBe('submitted');
      expect(after.sealed).toEqual(before[i]);
      expect((await apps.get(id))?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    }
  });

  it('a transaction marked for metadata reads rows as stored; one nested in another marks nothing', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const read = () => db.applications.get(draft.id);
    const marked = await db.transaction('r', db.applications, async () => {
      readMetadataOnly();
      return read();
    });
    expect(marked?.fields).toEqual({});
    expect(marked).toHaveProperty('sealed');
    const outer = await db.transaction('r', db.applications, async () => {
      await db.transaction('r', db.applications, async () => readMetadataOnly());
      return read();
    });
    expect(outer?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    expect(() => readMetadataOnly()).toThrow(/outside a transaction/);
  });
});
