import Dexie from 'dexie';

/**
 * Transactions whose reads of `applications` skip decryption (the draft-encryption middleware
 * hands rows over as stored: the clear metadata, `fields` empty, the ciphertext untouched), keyed
 * by the IndexedDB transaction that Dexie passes down to every middleware.
 *
 * The sender's status changes (an attempt begins, a receipt arrives) read and write metadata only.
 * Unlocked, they used to decrypt the personal part on read and encrypt it again on write, twice per
 * application, each WebCrypto call holding the transaction open through Dexie.waitFor: a third of
 * a 1,000-application drain (npm run bench -- drain, issue 8). A locked sender already wrote this
 * way; now an unlocked one does too, and never holds a plaintext it does not need.
 */
const marked = new WeakSet<object>();

/**
 * Inside a Dexie transaction: its reads of applications give metadata only. A transaction nested
 * in another shares its IndexedDB transaction, so marking it would change what the outer one reads
 * next: nested, nothing is marked and reads decrypt as usual (correct, only slower).
 */
export function readMetadataOnly(): void {
  const current = Dexie.currentTransaction;
  if (!current) throw new Error('readMetadataOnly() outside a transaction');
  if (current.parent) return;
  marked.add(current.idbtrans);
}

/** Whether a middleware request belongs to a transaction marked by readMetadataOnly(). */
export function isMetadataOnly(trans: object | undefined): boolean {
  return trans !== undefined && marked.has(trans);
}
