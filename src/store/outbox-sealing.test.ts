import Dexie from 'dexie';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { toBase64Url } from '../crypto';
import { openSealedJson } from '../crypto/open-sealed';
import type { ExchangePublicKey } from '../schema/config';
import { sealedSubmission } from '../schema/sealed';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { installDraftEncryption } from './draft-encryption';
import { ExchangeKeyStore, installOutboxSealing } from './outbox-sealing';
import { Vault } from './vault';

let pair: CryptoKeyPair;
let jwk: ExchangePublicKey;
let name: string;
let db: AssistDb;
let keys: ExchangeKeyStore;
let apps: ApplicationsRepo;

beforeAll(async () => {
  pair = (await crypto.subtle.generateKey(
    {
      name: 'RSA-OAEP',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['wrapKey', 'unwrapKey'],
  )) as CryptoKeyPair;
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  jwk = { kty: 'RSA', kid: 'k1', alg: 'RSA-OAEP-256', use: 'enc', n: exported.n!, e: exported.e! };
});

beforeEach(async () => {
  name = `seal-${crypto.randomUUID()}`;
  db = new AssistDb(name);
  const vault = new Vault(db, undefined, undefined, { iterations: 1_000 });
  installDraftEncryption(db, vault.holder);
  keys = new ExchangeKeyStore(db);
  installOutboxSealing(db, keys);
  apps = new ApplicationsRepo(db);
  await vault.create({
    assisterId: crypto.randomUUID(),
    name: 'maria',
    deviceId: crypto.randomUUID(),
    secret: '482915',
    secretKind: 'pin',
    recoveryKey: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
  });
});

async function rawOutbox(): Promise<Array<{ submission: unknown }>> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = await raw.table('outbox').toArray();
  raw.close();
  return rows;
}

describe('the sealed outbox', () => {
  it('queueing seals the submission for the exchange: only its private key opens it', async () => {
    await keys.save(jwk);
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    const result = await apps.submit(draft.id);
    if (!result.ok) throw new Error('fixture draft should submit');
    const [row] = await rawOutbox();
    const dump = JSON.stringify(row);
    for (const value of ['Diaz', '234-56-7890', '1990-04-12']) expect(dump).not.toContain(value);
    const body = sealedSubmission.parse(row?.submission);
    expect(body.id).toBe(draft.id);
    expect(body.sealed.keyId).toBe('k1');
    const { keyId: _k, ...envelope } = body.sealed;
    expect(await openSealedJson(pair.privateKey, envelope)).toEqual(result.submission);
  });

  it('the key survives a restart: a store opened offline seals with the saved key', async () => {
    await keys.save(jwk);
    const again = new ExchangeKeyStore(new AssistDb(name));
    expect(await again.load()).not.toBeNull();
    expect(again.current()?.keyId).toBe('k1');
  });

  it('a store started without reading its key first still seals with the saved one', async () => {
    await keys.save(jwk);
    db.close();
    db = new AssistDb(name);
    const vault = new Vault(db, undefined, undefined, { iterations: 1_000 });
    installDraftEncryption(db, vault.holder);
    const fresh = new ExchangeKeyStore(db);
    installOutboxSealing(db, fresh);
    await vault.unlock((await vault.profiles.list())[0]?.assisterId ?? '', '482915');
    const draft = await new ApplicationsRepo(db).createDraft({ fields: makeDraftV2() });
    expect((await new ApplicationsRepo(db).submit(draft.id)).ok).toBe(true);
    const [row] = await rawOutbox();
    expect(sealedSubmission.parse(row?.submission).sealed.keyId).toBe('k1');
    expect(JSON.stringify(row)).not.toContain('Diaz');
  });

  it('a device that never reached the exchange queues in clear rather than lose the application', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    expect((await apps.submit(draft.id)).ok).toBe(true);
    const [row] = await rawOutbox();
    expect(row?.submission).toMatchObject({ id: draft.id });
    expect(JSON.stringify(row)).toContain('Diaz');
  });

  it('refuses a key that is not RSA-OAEP-256 and keeps the one it had', async () => {
    await keys.save(jwk);
    await expect(keys.save({ ...jwk, alg: 'RSA1_5' as 'RSA-OAEP-256' })).rejects.toThrow();
    expect(keys.current()?.keyId).toBe('k1');
  });
});
