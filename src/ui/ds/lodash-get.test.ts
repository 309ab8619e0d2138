import { describe, expect, it } from 'vitest';
import get from './lodash-get';

describe('get (the design system lodash/get)', () => {
  const messages = { errorPrefix: 'Error:', choiceList: { required: 'Required' } };

  it('reads a top-level key and a dotted path', () => {
    expect(get(messages, 'errorPrefix')).toBe('Error:');
    expect(get(messages, 'choiceList.required')).toBe('Required');
  });

  it('gives undefined, or the fallback, for a missing key or a path through nothing', () => {
    expect(get(messages, 'choiceList.optional')).toBeUndefined();
    expect(get(messages, 'nope.deeper.still', 'x')).toBe('x');
    expect(get(undefined, 'type.name')).toBeUndefined();
  });

  it('reads a property of a function, as Tabs does with type.displayName', () => {
    function Tab() {}
    expect(get({ type: Tab }, 'type.name')).toBe('Tab');
  });
});
