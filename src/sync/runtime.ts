/**
 * What the composition root (main.tsx) wires together after the first paint, behind one dynamic
 * import: the store and the sender are one chunk (vite.config.ts), and seventeen imports of it
 * cost the first screen's bundle seventeen preload wrappers for nothing.
 */
export { ApplicationsRepo } from '../store/applications';
export { AuditRepo } from '../store/audit';
export { AssistDb } from '../store/db';
export { adoptUnownedDrafts, installDraftEncryption } from '../store/draft-encryption';
export { exportWaiting } from '../store/export';
export { MetaRepo } from '../store/meta';
export { OutboxRepo } from '../store/outbox';
export { ExchangeKeyStore, installOutboxSealing } from '../store/outbox-sealing';
export { retentionWindowMs } from '../store/retention';
export { SessionRepo } from '../store/session';
export { readStorageHealth, requestPersistenceOnFirstSave } from '../store/storage-health';
export { Vault } from '../store/vault';
export { fetchExchangeConfig } from './config-client';
export { createOutboxDrainer } from './engine';
export { probeExchange } from './exchange';
export { PinSetup } from './pin-setup';
export { OutboxSender } from './sender';
export { requestSession, revokeSession } from './session-client';
export { attachPageTriggers, requestWorkerDrain } from './triggers';
