import Dexie, { type EntityTable } from 'dexie';
import { declareVersions } from './migrations';
import type {
  ApplicationRecord,
  ExchangeKeyRecord,
  OutboxRecord,
  ProfileRecord,
  SessionRecord,
} from './records';

/**
 * DO NOT CHANGE THE DATABASE OR TABLE NAMES WITHOUT A MIGRATION: the browser finds applications
 * by these names, and a renamed database is an empty one (every queued application lost).
 */
export const DB_NAME = 'enrollment-assist';
export const TABLES = {
  applications: 'applications',
  outbox: 'outbox',
  session: 'session',
  profiles: 'profiles',
  exchange: 'exchange',
} as const;

export class AssistDb extends Dexie {
  applications!: EntityTable<ApplicationRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  session!: EntityTable<SessionRecord, 'id'>;
  profiles!: EntityTable<ProfileRecord, 'assisterId'>;
  exchange!: EntityTable<ExchangeKeyRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
  }
}
