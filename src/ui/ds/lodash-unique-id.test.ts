import { describe, expect, it } from 'vitest';
import uniqueId from './lodash-unique-id';

describe('uniqueId (the design system lodash/uniqueId)', () => {
  it('never repeats an id, across prefixes', () => {
    const ids = [uniqueId('field--'), uniqueId('field--'), uniqueId('date-input--'), uniqueId()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the prefix before a number', () => {
    expect(uniqueId('choice--')).toMatch(/^choice--\d+$/);
    expect(uniqueId()).toMatch(/^\d+$/);
  });
});
