import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { submission } from '../../../src/schema/submission';
import { MAX_NAME_CHARS } from '../../../src/schema/text';
import { US_STATES } from '../../../src/schema/us-states';
import { makeSubmission } from '../../../test/fixtures/applications';
import { parseStrictJson } from '../http/strict-json';
import { canonicalJson } from '../payload-hash';

/**
 * Property-based fuzzing of what stands between the network and the database: the strict JSON
 * reader and the shared submission schema. Whatever comes in, they answer (never throw), and
 * whatever they accept is an application the exchange can store.
 */
const RUNS = 500;

/** A valid submission with every field drawn at random, within what the schema allows. */
const validSubmission = fc.record({
  id: fc.uuid({ version: 4 }),
  firstName: fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((s) => /^[\p{L}' -]*\p{L}[\p{L}' -]*$/u.test(s)),
  lastName: fc.constantFrom('Diaz', "O'Brien", 'Nguyễn', 'Ñúñez-Ávila', 'Li'),
  born: fc.date({ min: new Date('1910-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }),
  size: fc.integer({ min: 1, max: 20 }),
  cents: fc.integer({ min: 0, max: 1_000_000_000 }),
  state: fc.constantFrom(...US_STATES),
  zip: fc.stringMatching(/^\d{5}$/),
});

/** Any JSON value where a field of a valid submission was. */
const PATHS = [
  ['id'],
  ['schemaVersion'],
  ['createdAt'],
  ['application'],
  ['application', 'applicant', 'firstName'],
  ['application', 'applicant', 'dateOfBirth'],
  ['application', 'household', 'size'],
  ['application', 'household', 'annualIncome'],
  ['application', 'address', 'state'],
  ['application', 'address', 'zip'],
] as const;

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) as string] = value;
}

describe('the validator under fuzzing (fast-check)', () => {
  it('accepts every valid submission it is given, and keeps its values', () => {
    fc.assert(
      fc.property(validSubmission, (v) => {
        const sub = makeSubmission({ id: v.id });
        sub.application = {
          applicant: {
            firstName: v.firstName,
            lastName: v.lastName,
            dateOfBirth: v.born.toISOString().slice(0, 10),
          },
          household: { size: v.size, annualIncome: v.cents / 100 },
          address: { state: v.state, zip: v.zip },
        };
        const parsed = submission.safeParse(JSON.parse(JSON.stringify(sub)));
        expect(parsed.success).toBe(true);
        expect(parsed.data).toMatchObject({
          application: { household: { annualIncome: v.cents / 100 } },
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON value in any field, and whatever it accepts is within the rules', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.jsonValue(), (path, value) => {
        const body = makeSubmission() as unknown as Record<string, unknown>;
        setPath(body, path, value);
        const parsed = submission.safeParse(body);
        if (!parsed.success) {
          // Every refusal names a code, a message, and (but for the body as a whole) a path.
          for (const p of problemsFromIssues(parsed.error.issues)) {
            expect(p.code).toMatch(/^[a-z_]+$/);
            expect(p.message.length).toBeGreaterThan(0);
          }
          return;
        }
        // The body fuzzed is version 1; an accepted one must still be version 1.
        expect(parsed.data.schemaVersion).toBe(1);
        if (parsed.data.schemaVersion !== 1) return;
        const { applicant, household, address } = parsed.data.application;
        expect([...applicant.firstName].length).toBeLessThanOrEqual(MAX_NAME_CHARS);
        expect(Number.isInteger(household.size) && household.size >= 1).toBe(true);
        expect(Number.isFinite(household.annualIncome) && household.annualIncome >= 0).toBe(true);
        expect(address.zip).toMatch(/^\d{5}$/);
        expect(new Date(`${applicant.dateOfBirth}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
          applicant.dateOfBirth,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses any extra member, at any level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          [],
          ['application'],
          ['application', 'applicant'],
          ['application', 'household'],
          ['application', 'address'],
        ),
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter(
            (k) =>
              ![
                'id',
                'schemaVersion',
                'createdAt',
                'supersedes',
                'rulesVersion',
                'application',
                'applicant',
                'household',
                'address',
                'firstName',
                'lastName',
                'dateOfBirth',
                'size',
                'annualIncome',
                'state',
                'zip',
                '__proto__',
              ].includes(k),
          ),
        fc.jsonValue(),
        (where, key, value) => {
          const body = makeSubmission() as unknown as Record<string, unknown>;
          setPath(body, [...where, key], value);
          expect(submission.safeParse(body).success).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the strict JSON reader answers any bytes without throwing, and agrees with JSON.parse on what it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.json().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const result = parseStrictJson(bytes);
          if (result.ok) {
            const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
            expect(canonicalJson(result.value)).toBe(canonicalJson(JSON.parse(text)));
          } else {
            expect([
              'malformed_json',
              'invalid_encoding',
              'duplicate_key',
              'too_deeply_nested',
            ]).toContain(result.code);
          }
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });
});
