import { describe, expect, it } from 'vitest';
import { HELP_PHONE, TAGLINES } from './taglines';

describe('language-access taglines', () => {
  it('cover 15 distinct languages, none of them English (45 CFR 92.8(d): at least the top 15)', () => {
    const langs = new Set(TAGLINES.map((t) => t.lang));
    expect(langs.size).toBe(15);
    expect(langs.has('en')).toBe(false);
  });

  it('each gives the number to call for free help', () => {
    for (const tagline of TAGLINES) expect(tagline.text, tagline.english).toContain(HELP_PHONE);
  });
});
