import { describe, expect, it } from 'vitest';
import {
  canCorrect,
  canMove,
  IllegalTransitionError,
  isEditableRecord,
  moved,
  TRANSITIONS,
} from './lifecycle';
import type { ApplicationRecord, ApplicationStatus } from './records';

const ALL: ApplicationStatus[] = ['draft', 'queued', 'sending', 'submitted', 'needs_attention'];

/** DESIGN.md §3 written out by hand, so the table in lifecycle.ts is checked, not restated. */
const LEGAL = new Set([
  'draft→queued',
  'queued→sending',
  'queued→submitted',
  'sending→submitted',
  'sending→queued',
  'sending→needs_attention',
  'submitted→queued',
  'needs_attention→draft',
]);

const app = (status: ApplicationStatus, extra: Partial<ApplicationRecord> = {}) =>
  ({
    id: 'a',
    status,
    schemaVersion: 1,
    createdAt: '2026-11-23T15:00:00.000Z',
    updatedAt: '2026-11-23T15:00:00.000Z',
    fields: {},
    attempts: 0,
    ...extra,
  }) satisfies ApplicationRecord;

describe('the application lifecycle (DESIGN.md §3)', () => {
  it.each(ALL.flatMap((from) => ALL.filter((to) => to !== from).map((to) => [from, to])))(
    '%s → %s is legal only if DESIGN.md §3 has it',
    (from, to) => {
      expect(canMove(from, to)).toBe(LEGAL.has(`${from}→${to}`));
    },
  );

  it('every legal move says which event makes it', () => {
    for (const [from, moves] of Object.entries(TRANSITIONS)) {
      for (const [to, why] of Object.entries(moves)) {
        expect(why.length, `${from}→${to}`).toBeGreaterThan(10);
      }
    }
  });

  it('nothing leaves submitted except a resend the exchange asked for by losing it', () => {
    expect(ALL.filter((to) => canMove('submitted', to))).toEqual(['queued']);
  });

  it('moved() refuses an illegal move and stamps a legal one', () => {
    expect(() => moved(app('draft'), 'submitted', {}, 'now')).toThrow(IllegalTransitionError);
    expect(moved(app('queued'), 'sending', { attempts: 1 }, 'now')).toMatchObject({
      status: 'sending',
      attempts: 1,
      updatedAt: 'now',
    });
  });

  it('a refusal because the exchange holds another version is not editable, only correctable', () => {
    const keyReused = app('needs_attention', {
      problems: [{ code: 'idempotency_key_reused', message: 'x' }],
    });
    const fieldError = app('needs_attention', {
      problems: [{ path: 'application.address.zip', code: 'invalid_format', message: 'x' }],
    });
    expect([isEditableRecord(keyReused), canCorrect(keyReused)]).toEqual([false, true]);
    expect([isEditableRecord(fieldError), canCorrect(fieldError)]).toEqual([true, false]);
    expect([isEditableRecord(app('submitted')), canCorrect(app('submitted'))]).toEqual([
      false,
      true,
    ]);
    for (const s of ['queued', 'sending'] as const) {
      expect([isEditableRecord(app(s)), canCorrect(app(s))]).toEqual([false, false]);
    }
  });
});
