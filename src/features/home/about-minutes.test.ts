import { describe, expect, it } from 'vitest';
import { aboutMinutes } from './about-minutes.ts';

describe('aboutMinutes', () => {
  it('words a whole number of minutes', () => {
    expect(aboutMinutes(1)).toBe('about a minute');
    expect(aboutMinutes(2)).toBe('about 2 minutes');
    expect(aboutMinutes(15)).toBe('about 15 minutes');
  });
});
