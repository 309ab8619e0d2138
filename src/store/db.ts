import Dexie, { type EntityTable } from 'dexie';
import type { AuditRecord } from './audit';
import { DB_NAME, TABLES } from './db-name';
import { earlyCommit } from './early-commit';
import { declareVersions } from './migrations';
import type {
  ApplicationRecord,
  ExchangeKeyRecord,
  MetaRecord,
  OutboxRecord,
  ProfileRecord,
  SentRecord,
  SessionRecord,
} from './records';

export { DB_NAME, TABLES };

export class AssistDb extends Dexie {
  applications!: EntityTable<ApplicationRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  session!: EntityTable<SessionRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  sent!: EntityTable<SentRecord, 'id'>;
  profiles!: EntityTable<ProfileRecord, 'assisterId'>;
  exchange!: EntityTable<ExchangeKeyRecord, 'id'>;
  audit!: EntityTable<AuditRecord, 'id'>;

  /**
   * The unlocked assister's account id, for audit events of a record that names no owner yet
   * (installDraftEncryption sets it from the key holder; null without one, as in the worker).
   */
  actor: () => string | null = () => null;

  /**
   * Starts sealing what a save of draft `id` will write: its answers with `change` made to them
   * (installDraftEncryption sets it; without it there is nothing to seal).
   */
  sealAhead: (
    id: string,
    change: (fields: Record<string, unknown>) => Record<string, unknown>,
  ) => void = () => {};

  /**
   * Set when another tab or worker opened a newer version of the database: this copy of the app
   * runs code written for the old schema, so it stops writing and asks for a reload instead of
   * reopening (research/offline-sync.md #25).
   */
  upgradedElsewhere = false;
  private readonly upgradeListeners = new Set<() => void>();

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
    this.use(earlyCommit);
    // Dexie's own handler has closed the connection so the upgrade is not blocked; this one keeps
    // it closed (no auto-reopen under old code) and tells the UI to offer a reload.
    this.on('versionchange', (event: { newVersion: number | null }) => {
      if (!event.newVersion) return;
      this.upgradedElsewhere = true;
      this.close({ disableAutoOpen: true });
      for (const listener of this.upgradeListeners) listener();
    });
  }

  /** Calls `listener` when a newer version of the app upgraded the database under this one. */
  onUpgradedElsewhere(listener: () => void): () => void {
    this.upgradeListeners.add(listener);
    return () => this.upgradeListeners.delete(listener);
  }
}
