import { describe, expect, it } from 'vitest';
import { deferred, z } from './zod';

describe('deferred', () => {
  it('builds the schema at its first use, once', () => {
    let builds = 0;
    const name = deferred(() => {
      builds += 1;
      return z.string().check(z.minLength(1));
    });
    expect(builds).toBe(0);
    expect(name.safeParse('Ana').success).toBe(true);
    expect(name.safeParse('').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes, extends and converts like the schema itself', () => {
    const money = deferred(() => z.strictObject({ kind: z.string(), amount: z.number() }));
    const income = deferred(() => z.extend(money, { kind: z.enum(['job', 'other']) }));
    const list = z.array(income);
    expect(list.parse([{ kind: 'job', amount: 2 }])).toEqual([{ kind: 'job', amount: 2 }]);
    const refused = list.safeParse([{ kind: 'gift', amount: 2 }]);
    expect(refused.error?.issues.map((i) => i.path)).toEqual([[0, 'kind']]);
    const eager = z.array(z.strictObject({ kind: z.enum(['job', 'other']), amount: z.number() }));
    expect(z.toJSONSchema(list)).toEqual(z.toJSONSchema(eager));
  });

  it('tells one option of a discriminated union from another', () => {
    const a = deferred(() => z.strictObject({ status: z.literal('a'), n: z.number() }));
    const b = deferred(() => z.strictObject({ status: z.literal('b'), s: z.string() }));
    const either = z.discriminatedUnion('status', [a, b]);
    expect(either.parse({ status: 'b', s: 'x' })).toEqual({ status: 'b', s: 'x' });
    expect(either.safeParse({ status: 'a', s: 'x' }).success).toBe(false);
  });
});
