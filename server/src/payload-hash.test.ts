import { describe, expect, it } from 'vitest';
import { canonicalJson, payloadHash } from './payload-hash';

describe('payloadHash', () => {
  it('ignores key order at every level', () => {
    expect(payloadHash({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      payloadHash({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
  });

  it('changes with any value', () => {
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: 2 }));
    expect(payloadHash([1, 2])).not.toBe(payloadHash([2, 1]));
  });

  it('writes canonical JSON', () => {
    expect(canonicalJson({ b: 'x', a: [true, null] })).toBe('{"a":[true,null],"b":"x"}');
  });
});
