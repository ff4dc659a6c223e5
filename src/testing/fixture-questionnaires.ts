/**
 * Small questionnaires for component tests of the v2 measurement rules, kept
 * apart from the real content (which is rewritten in parallel): a
 * self-assessment-like questionnaire whose scale offers "does not apply",
 * with the agreed frequency bands (one of them signposting support), and a
 * presence check whose aims are reused.
 */
import type { Band, Questionnaire } from '../content/questionnaire-schema.ts';

const practices = [
  { title: 'Try one thing', description: 'Pick one moment this week and try it.' },
  { title: 'Notice another', description: 'Notice what helped, and write it down.' },
];

function band(min: number, max: number, label: string, extra: Partial<Band> = {}): Band {
  return { min, max, label, feedback: `Feedback for ${label.toLowerCase()}.`, practices, ...extra };
}

/** The agreed bands for "mean" sections on the 1–5 frequency scale. */
export const frequencyBands: Band[] = [
  band(0, 37, 'Less than half the time', { signpost: true }),
  band(38, 62, 'About half the time'),
  band(63, 87, 'Often'),
  band(88, 100, 'Almost always'),
];

export const gapBands: Band[] = [band(0, 12, 'Close to your aim'), band(13, 37, 'Some distance'), band(38, 100, 'A wider gap')];

const frequency = [
  { value: 1, label: 'Rarely or never' },
  { value: 2, label: 'Sometimes' },
  { value: 3, label: 'About half the time' },
  { value: 4, label: 'Often' },
  { value: 5, label: 'Almost always' },
];

/** Two element sections of six scale items (the first has a reverse-keyed item), and a closing text question. */
export const fixtureAssessment: Questionnaire = {
  id: 'fixture-assessment',
  version: 2,
  title: 'Fixture assessment',
  shortTitle: 'Fixture assessment',
  summary: 'A fixture for tests.',
  purpose: 'assessment',
  estimatedMinutes: 2,
  scale: { kind: 'frequency', question: 'How often is this true of you?', options: frequency, notApplicable: 'Does not apply to my role' },
  coversEveryElement: false,
  overall: 'mean-of-elements',
  sections: ['attending', 'helping'].map((element) => ({
    id: element,
    title: element === 'attending' ? 'Attending' : 'Helping',
    summary: `The ${element} section.`,
    element: element as 'attending' | 'helping',
    scoring: 'mean' as const,
    items: [1, 2, 3, 4, 5, 6].map((n) => ({ type: 'scale' as const, id: `${element}-${n}`, text: `${element} item ${n}.`, reverse: n === 6 })),
    bands: frequencyBands,
  })),
};

/** Two gap sections of two behaviours each; aims are asked once and reused. */
export const fixturePresence: Questionnaire = {
  id: 'fixture-presence',
  version: 1,
  title: 'Fixture presence check',
  shortTitle: 'Fixture presence check',
  summary: 'A fixture for tests.',
  purpose: 'presence',
  estimatedMinutes: 2,
  pairedScale: {
    question: 'Rate each twice.',
    aimLabel: 'How I aim to lead',
    actualLabel: 'How I actually led this week',
    options: frequency,
    reuseAims: true,
  },
  coversEveryElement: false,
  overall: 'none',
  sections: ['attending', 'helping'].map((element) => ({
    id: `presence-${element}`,
    title: element === 'attending' ? 'Attending' : 'Helping',
    summary: `The ${element} section.`,
    element: element as 'attending' | 'helping',
    scoring: 'gap' as const,
    items: [1, 2].map((n) => ({ type: 'paired' as const, id: `presence-${element}-${n}`, text: `Presence ${element} behaviour ${n}.` })),
    bands: gapBands,
  })),
};
