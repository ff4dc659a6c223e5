/**
 * The answers of the seeded decade's scored results, so the Progress screen
 * has growth to find: each element follows a gentle real trend over the ten
 * years, with a response-level wobble (the usual week-to-week movement) and
 * item-level noise on top, from a fixed-seed generator.
 *
 * - Understanding rises most, and by about 30 points in the last year, so
 *   the default range (a year) states a change under the rule of
 *   src/domain/progress/usual-movement.ts; empathising barely moves.
 * - The presence check keeps its aims (whole numbers, the same each time, as
 *   `reuseAims` carries them) and the actual ratings follow the aim less a
 *   gap per element: helping's gap is the widest and narrows over the last
 *   five years, from about 24 points to about 4.
 *
 * `t` is how far through the decade a result falls, from 0 (ten years ago)
 * to 1 (now). Latent levels are on the 1–5 answer scale; 25 points of the
 * 0–100 score are one step of it.
 */
import type { ElementId } from '../../src/domain/elements/element-ids.ts';
import { ELEMENT_IDS } from '../../src/domain/elements/element-ids.ts';
import type { PairedAnswer } from '../../src/domain/questionnaire/response.ts';
import type { Random } from './journal-prose.ts';

/** The parts of a questionnaire's sections the answers need. */
export interface AnswerableSection {
  element?: string;
  items: { id: string; type?: string; reverse?: boolean }[];
}

const LEVEL: Record<ElementId, (t: number) => number> = {
  attending: (t) => 3.2 + 0.5 * t,
  understanding: (t) => 2.9 + 0.4 * t + 12 * Math.max(0, t - 0.9),
  empathising: (t) => 3.5 + 0.15 * t,
  helping: (t) => 3.0 + 0.3 * t,
};

/** The presence gap per element, in points of the 0–100 scale. */
const GAP_POINTS: Record<ElementId, (t: number) => number> = {
  attending: () => 12,
  understanding: (t) => 16 - 6 * t,
  empathising: () => 10,
  helping: (t) => (t < 0.5 ? 24 : 24 - (20 * (t - 0.5)) / 0.5),
};

const RESPONSE_WOBBLE = 0.15;
const ITEM_NOISE = 0.35;
const ACTUAL_NOISE = 0.25;

/** Roughly normal, mean 0 and standard deviation 1 (the sum of four uniforms, rescaled). */
function normal(random: Random): number {
  return (random() + random() + random() + random() - 2) * Math.sqrt(3);
}

/** A whole answer whose expected value is `value` (rounded up with the chance of its fraction, so means are not pulled to whole steps), kept within min–max. */
function answerNear(value: number, min: number, max: number, random: Random): number {
  return Math.min(max, Math.max(min, Math.floor(value + random())));
}

function elementOf(section: AnswerableSection): ElementId | null {
  return (ELEMENT_IDS as readonly string[]).includes(section.element ?? '') ? (section.element as ElementId) : null;
}

/** Answers to every scale item, by item id: each element's level at `t`, plus wobble and noise; sections with no element (energy) hover mid-scale. */
export function scaleAnswers(sections: readonly AnswerableSection[], scale: { min: number; max: number }, t: number, random: Random): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const section of sections) {
    const element = elementOf(section);
    const level = (element ? LEVEL[element](t) : 3.3) + normal(random) * RESPONSE_WOBBLE;
    for (const item of section.items) {
      const keyed = answerNear(level + normal(random) * ITEM_NOISE, scale.min, scale.max, random);
      answers[item.id] = item.reverse ? scale.min + scale.max - keyed : keyed;
    }
  }
  return answers;
}

/** Answers to every paired item, by item id: a fixed whole-number aim, and an actual rating that falls short of it by the element's gap at `t`, with noise. */
export function presenceAnswers(sections: readonly AnswerableSection[], scale: { min: number; max: number }, t: number, random: Random): Record<string, PairedAnswer> {
  const answers: Record<string, PairedAnswer> = {};
  sections.forEach((section, s) => {
    const element = elementOf(section);
    const shortfall = (element ? GAP_POINTS[element](t) : 10) / 25 + normal(random) * RESPONSE_WOBBLE * 0.5;
    section.items.forEach((item, i) => {
      const aim = (i + s) % 3 === 0 ? scale.max - 1 : scale.max;
      answers[item.id] = { aim, actual: answerNear(aim - shortfall + normal(random) * ACTUAL_NOISE, scale.min, aim, random) };
    });
  });
  return answers;
}
