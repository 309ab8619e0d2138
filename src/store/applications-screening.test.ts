import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import type { Determination } from '../schema/screening';
import type { StoredScreening } from '../schema/stored-screening';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { OutboxRepo } from './outbox';

let db: AssistDb;
let repo: ApplicationsRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
});

const determination: Determination = {
  planYear: 2026,
  packs: ['federal-2026'],
  packVersions: ['federal-2026@2026.1'],
  fplPercent: 250,
  medicaidFplPercent: 250,
  members: [],
  applicablePercentage: 0.08,
  expectedContributionMonthly: 300,
  aptcMonthly: 400,
  aptcAnnual: 4800,
  csrLevel: 'none',
  reasons: [],
};
const screening: StoredScreening = {
  screenedAt: '2026-11-23T15:00:00.000Z',
  input: { planYear: 2026, screeningDate: '2026-11-23', state: 'MA', household: [] },
  determination,
  packVersions: determination.packVersions,
};

describe('an application started from an eligibility check', () => {
  it('keeps the screening with the draft, and through the submit', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2(), screening });
    expect((await repo.get(draft.id))?.screening).toEqual(screening);
    await repo.updateField(draft.id, 'contact.email', 'ana@example.com');
    expect((await repo.get(draft.id))?.screening).toEqual(screening);
    const result = await repo.submit(draft.id);
    expect(result.ok).toBe(true);
    expect((await repo.get(draft.id))?.screening).toEqual(screening);
  });

  it('sends the application alone: the screening is not part of the submission', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2(), screening });
    await repo.submit(draft.id);
    const entry = await new OutboxRepo(db).oldest();
    expect(JSON.stringify(entry?.submission)).not.toContain('screening');
    expect(JSON.stringify(entry?.submission)).not.toContain('federal-2026');
  });

  it('starts a draft without one as before', async () => {
    const draft = await repo.createDraft();
    expect('screening' in draft).toBe(false);
  });
});
