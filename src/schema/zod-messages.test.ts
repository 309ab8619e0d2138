import { describe, expect, it } from 'vitest';
import { z } from './zod';
import './zod-messages';

describe("zod's English messages (server and tools)", () => {
  it('say what was wrong instead of "Invalid input"', () => {
    const result = z.string().check(z.minLength(3)).safeParse('ab');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/>=3 characters/);
  });
});
