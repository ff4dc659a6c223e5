import { describe, expect, it } from 'vitest';
import { findBand } from './bands.ts';

const bands = [
  { min: 0, max: 39, label: 'low' },
  { min: 40, max: 69, label: 'middle' },
  { min: 70, max: 100, label: 'high' },
];

describe('findBand', () => {
  it('finds the band at each edge', () => {
    expect(findBand(bands, 0)?.label).toBe('low');
    expect(findBand(bands, 39)?.label).toBe('low');
    expect(findBand(bands, 40)?.label).toBe('middle');
    expect(findBand(bands, 69)?.label).toBe('middle');
    expect(findBand(bands, 70)?.label).toBe('high');
    expect(findBand(bands, 100)?.label).toBe('high');
  });

  it('finds nothing outside 0–100', () => {
    expect(findBand(bands, 101)).toBeUndefined();
    expect(findBand(bands, -1)).toBeUndefined();
  });
});
