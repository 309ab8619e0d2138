// Bundled for the page by seed.ts: fills the app's own database through the store's Dexie schema
// (src/store), as an assister's device would hold it after weeks of events.
import { unownedCount } from '../../src/store/applications';
import { AssistDb } from '../../src/store/db';
import { type ApplicationRecord, STATUS } from '../../src/store/records';

const FIRST = ['Ana', 'Leo', 'María', 'José', 'Wei', 'Fatima', 'Sam', 'Nguyen', 'Olu', 'Priya'];
const LAST = ['Diaz', 'Silva', 'Chen', 'Okafor', 'Tran', 'Haddad', 'Lee', 'Kowalski'];
const STATUSES = [
  STATUS.submitted,
  STATUS.submitted,
  STATUS.submitted,
  STATUS.draft,
  STATUS.queued,
];
const MS_PER_HOUR = 3_600_000;
const BATCH = 500;

function record(i: number, now: number): ApplicationRecord {
  const status = STATUSES[i % STATUSES.length] ?? STATUS.draft;
  // One every hour going back: today's few first, then weeks of earlier ones.
  const at = new Date(now - i * MS_PER_HOUR).toISOString();
  const hex = i.toString(16).padStart(12, '0');
  const id = `00000000-0000-4000-8000-${hex}`;
  const rec: ApplicationRecord = {
    id,
    status,
    schemaVersion: 2,
    createdAt: at,
    updatedAt: at,
    fields: {
      members: 'm1',
      'member.m1.firstName': FIRST[i % FIRST.length],
      'member.m1.lastName': LAST[i % LAST.length],
    },
    attempts: status === STATUS.submitted ? 1 : 0,
  };
  if (status === STATUS.submitted) {
    rec.receipt = {
      id,
      confirmationNumber: `EA-2345-6789-${(i % 10000).toString().padStart(4, '2').replace(/[01]/g, '2')}`,
      receivedAt: at,
      payloadHash: '0'.repeat(64),
    };
  }
  return rec;
}

/**
 * Adds `count` applications, in clear and with no owner, as drafts made before PINs: the app's
 * first unlock adopts them (encrypts them under the assister's key), which is how they are then
 * stored. Returns the total.
 */
export async function seed(count: number): Promise<number> {
  const db = new AssistDb();
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const batch: ApplicationRecord[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) batch.push(record(i, now));
    await db.applications.bulkPut(batch);
  }
  const total = await db.applications.count();
  db.close();
  return total;
}

/** How many applications the app has not adopted yet (encrypted under an assister's key). */
export async function unowned(): Promise<number> {
  const db = new AssistDb();
  const count = await unownedCount(db);
  db.close();
  return count;
}
