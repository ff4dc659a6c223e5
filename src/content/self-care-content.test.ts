/**
 * The self-care check-in tells the truth about its answers and meets a low
 * score with support: a band's label says what the answers in its range
 * mean, and the lower bands show the support routes.
 */
import { describe, expect, it } from 'vitest';
import file from '../../content/questionnaires/self-compassion.json';
import { QuestionnaireSchema } from './questionnaire-schema.ts';

const selfCare = QuestionnaireSchema.parse(file);
const section = selfCare.sections[0]!;
const bandFor = (score: number) => section.bands!.find((band) => score >= band.min && score <= band.max)!;

describe('the self-care check-in', () => {
  it('calls answering "Often" throughout (75) often, and 40 not often', () => {
    expect(bandFor(75).label).toMatch(/\boften\b/i);
    expect(bandFor(40).label).not.toMatch(/\boften\b/i);
    expect(bandFor(40).label).toMatch(/about half the time/i);
  });

  it('shows the support routes under every band below "often", and not above', () => {
    expect(section.bands!.filter((band) => band.max < 63).every((band) => band.signpost === true)).toBe(true);
    expect(section.bands!.filter((band) => band.min >= 63).some((band) => band.signpost)).toBe(false);
  });
});
