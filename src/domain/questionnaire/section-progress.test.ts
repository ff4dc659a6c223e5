import { describe, expect, it } from 'vitest';
import { isSectionScorable } from './section-progress.ts';

describe('isSectionScorable', () => {
  const meanSection = { scoring: 'mean' as const, items: [{ type: 'scale', id: 'a' }, { type: 'scale', id: 'b' }, { type: 'scale', id: 'c' }, { type: 'text', id: 't' }] };
  const gapSection = { scoring: 'gap' as const, items: [{ type: 'paired', id: 'p' }, { type: 'paired', id: 'q' }, { type: 'paired', id: 'r' }] };

  it('needs two thirds of the scale items, ignoring free text', () => {
    expect(isSectionScorable(meanSection, { a: 1, b: 2 })).toBe(true);
    expect(isSectionScorable(meanSection, { a: 1, t: 'lots of words' })).toBe(false);
  });

  it('counts a pair only when both sides are rated', () => {
    expect(isSectionScorable(gapSection, { p: { aim: 1, actual: 2 }, q: { aim: 3 } })).toBe(false);
    expect(isSectionScorable(gapSection, { p: { aim: 1, actual: 2 }, q: { aim: 3, actual: 3 } })).toBe(true);
  });

  it('always passes an unscored section', () => {
    expect(isSectionScorable({ scoring: 'none', items: [{ type: 'text', id: 't' }] }, {})).toBe(true);
  });
});
