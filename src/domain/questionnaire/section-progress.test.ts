import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE } from './response.ts';
import { isSectionScorable, sectionShortfall } from './section-progress.ts';

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

  it('counts "does not apply" as answered but not rated: two thirds of those that apply, and half of all', () => {
    expect(isSectionScorable(meanSection, { a: 1, b: NOT_APPLICABLE })).toBe(false); // 1 of 2 that apply
    expect(isSectionScorable(meanSection, { a: 1, b: 2, c: NOT_APPLICABLE })).toBe(true);
    expect(isSectionScorable(meanSection, { a: 1, b: NOT_APPLICABLE, c: NOT_APPLICABLE })).toBe(false); // below half of 3
    const six = { scoring: 'mean' as const, items: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ type: 'scale', id })) };
    expect(isSectionScorable(six, { a: 4, b: 4, c: 4, d: NOT_APPLICABLE, e: NOT_APPLICABLE, f: NOT_APPLICABLE })).toBe(true); // 3 of 3 that apply
  });

  it('names why a section cannot be scored: too few apply, or too few answered', () => {
    expect(sectionShortfall(meanSection, { a: 1, b: NOT_APPLICABLE, c: NOT_APPLICABLE })).toBe('too-few-apply');
    expect(sectionShortfall(meanSection, { a: 1 })).toBe('too-few-answered');
    expect(sectionShortfall(meanSection, { a: 1, b: 2 })).toBeNull();
  });

  it('counts a stray "does not apply" as a skip in a section that does not offer it', () => {
    const optedOut = { ...meanSection, offersNotApplicable: false };
    expect(sectionShortfall(optedOut, { a: 1, b: NOT_APPLICABLE, c: NOT_APPLICABLE })).toBe('too-few-answered');
  });

  it('always passes an unscored section', () => {
    expect(isSectionScorable({ scoring: 'none', items: [{ type: 'text', id: 't' }] }, {})).toBe(true);
  });
});
