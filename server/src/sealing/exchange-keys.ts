import { randomBytes, type webcrypto } from 'node:crypto';
import type { ExchangePublicKey } from '../../../src/schema/config';
import type { Queryable } from '../db/client';

/**
 * RSA-3072 (128-bit strength, NIST SP 800-57 Part 1): a key kept for years, past 2030 when RSA-2048
 * is no longer enough for new encryption. Generating one takes about 0.7 s, once per exchange;
 * opening an envelope about 2 ms.
 */
export const EXCHANGE_KEY_BITS = 3072;
type JsonWebKey = webcrypto.JsonWebKey;
type CryptoKey = webcrypto.CryptoKey;

const RSA_OAEP_256 = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

interface KeyRow {
  kid: string;
  public_jwk: JsonWebKey | string;
  private_jwk: JsonWebKey | string;
}

/** jsonb comes back as an object from both engines, but be lenient with a driver handing text. */
const asJwk = (v: JsonWebKey | string): JsonWebKey => (typeof v === 'string' ? JSON.parse(v) : v);

function publicPart(kid: string, jwk: JsonWebKey): ExchangePublicKey {
  if (!jwk.n || !jwk.e) throw new Error(`Exchange key ${kid} has no public part`);
  return { kty: 'RSA', kid, alg: 'RSA-OAEP-256', use: 'enc', n: jwk.n, e: jwk.e };
}

async function generateRow(): Promise<KeyRow> {
  const pair = await crypto.subtle.generateKey(
    {
      ...RSA_OAEP_256,
      modulusLength: EXCHANGE_KEY_BITS,
      publicExponent: new Uint8Array([1, 0, 1]),
    },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  const kid = `ex-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  return {
    kid,
    public_jwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
    private_jwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
  };
}

/**
 * The exchange's sealing keys: the active public key that GET /api/v1/config publishes, and the
 * private keys (active and retired) that open envelopes, imported once and kept in memory.
 */
export class ExchangeKeyring {
  private readonly privateKeys = new Map<string, Promise<CryptoKey | null>>();

  private constructor(
    private readonly db: Queryable,
    readonly active: ExchangePublicKey,
  ) {}

  /**
   * Loads the active key, generating and storing one at the first start. Two servers starting
   * together on one PostgreSQL race to insert; the unique index keeps one, and both use it.
   */
  static async open(db: Queryable): Promise<ExchangeKeyring> {
    const select = () =>
      db.query<KeyRow>(
        'SELECT kid, public_jwk, private_jwk FROM exchange_keys WHERE retired_at IS NULL',
      );
    let row = (await select())[0];
    if (!row) {
      const fresh = await generateRow();
      await db.query(
        `INSERT INTO exchange_keys (kid, public_jwk, private_jwk) VALUES ($1, $2::text::jsonb, $3::text::jsonb)
         ON CONFLICT DO NOTHING`,
        [fresh.kid, JSON.stringify(fresh.public_jwk), JSON.stringify(fresh.private_jwk)],
      );
      row = (await select())[0];
    }
    if (!row) throw new Error('No active exchange key after generating one');
    return new ExchangeKeyring(db, publicPart(row.kid, asJwk(row.public_jwk)));
  }

  /** The private key named `kid` (active or retired), or null if the exchange never had it. */
  privateKey(kid: string): Promise<CryptoKey | null> {
    let key = this.privateKeys.get(kid);
    if (!key) {
      key = this.load(kid);
      this.privateKeys.set(kid, key);
      // A lookup that failed (database down) must not be remembered as "no such key".
      key.catch(() => this.privateKeys.delete(kid));
    }
    return key;
  }

  private async load(kid: string): Promise<CryptoKey | null> {
    const rows = await this.db.query<KeyRow>(
      'SELECT kid, public_jwk, private_jwk FROM exchange_keys WHERE kid = $1',
      [kid],
    );
    if (!rows[0]) return null;
    return crypto.subtle.importKey('jwk', asJwk(rows[0].private_jwk), RSA_OAEP_256, false, [
      'unwrapKey',
    ]);
  }
}
