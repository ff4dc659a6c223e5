/**
 * What a careful reader asks of the current content (issue 11): one
 * behaviour per rating, a pulse whose items mirror the self-assessment's,
 * every element with items to rate, and plain English (sentences of at most
 * 30 words, a Flesch reading ease of at least 60 per file). Archived
 * versions are left out: their questions are frozen, kept so that past
 * results still show as they were answered.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import { ELEMENT_IDS } from '../domain/elements/element-ids.ts';
import { secondBehaviour } from './double-barrelled.ts';
import type { Questionnaire } from './questionnaire-schema.ts';
import { longSentences, MIN_FLESCH, readabilityOfContent } from './readability.ts';

const current = readContentFiles(process.cwd()).filter((file) => !file.path.startsWith('content/schema/') && !file.path.includes('/archive/'));
const questionnaires = current
  .filter((file) => file.path.startsWith('content/questionnaires/'))
  .map((file) => ({ path: file.path, questionnaire: JSON.parse(file.text) as Questionnaire }));

/**
 * Items the detector flags that were read and found to ask one thing, with why.
 * Keep this short: rewording an item is usually better than listing it.
 */
const REVIEWED_SINGLE_BEHAVIOUR: Record<string, string> = {};

function ratedItems(questionnaire: Questionnaire) {
  return questionnaire.sections.flatMap((section) =>
    section.items.flatMap((item) => (item.type === 'scale' || item.type === 'paired' ? [{ section, item }] : [])),
  );
}

describe('one behaviour per rating', () => {
  it.each(questionnaires.map((q) => [q.path, q.questionnaire]))('%s has no item that asks two things under one rating', (_path, questionnaire) => {
    const flagged = ratedItems(questionnaire).flatMap(({ item }) => {
      const joined = secondBehaviour(item.text);
      return joined && !REVIEWED_SINGLE_BEHAVIOUR[item.id] ? [`${item.id} ("${joined}"): ${item.text}`] : [];
    });
    expect(flagged, 'split each into two items, or reword it to one behaviour (or list it as reviewed, with the reason)').toEqual([]);
  });
});

describe('a pulse on the same footing as the self-assessment', () => {
  const pulses = questionnaires.filter((q) => q.questionnaire.purpose === 'pulse');

  it('has a pulse to check', () => {
    expect(pulses.length).toBeGreaterThan(0);
  });

  it.each(pulses.map((q) => [q.path, q.questionnaire]))('%s: every element item names the item it mirrors, in the same element', (_path, pulse) => {
    const target = questionnaires.find((q) => q.questionnaire.id === pulse.mirrorsQuestionnaire)?.questionnaire;
    expect(target, `${pulse.id} must name the questionnaire it mirrors in "mirrorsQuestionnaire"`).toBeDefined();
    const elementOf = new Map(target!.sections.flatMap((section) => section.items.map((item) => [item.id, section.element] as const)));
    const problems = pulse.sections
      .filter((section) => section.element)
      .flatMap((section) =>
        section.items.flatMap((item) => {
          if (item.type !== 'scale') return [];
          if (!item.mirrors) return [`${item.id} mirrors no item`];
          if (!elementOf.has(item.mirrors)) return [`${item.id} mirrors "${item.mirrors}", which is not in ${target!.id}@${target!.version}`];
          if (elementOf.get(item.mirrors) !== section.element) return [`${item.id} (${section.element}) mirrors an item of ${elementOf.get(item.mirrors)}`];
          return [];
        }),
      );
    expect(problems).toEqual([]);
  });
});

describe('every element has items to rate', () => {
  const covering = questionnaires.filter((q) => q.questionnaire.coversEveryElement);

  it.each(covering.map((q) => [q.path, q.questionnaire]))('%s has at least three rated items for each element', (_path, questionnaire) => {
    const counts = ELEMENT_IDS.map((element) => {
      const section = questionnaire.sections.find((s) => s.element === element);
      return [element, section ? section.items.filter((item) => item.type === 'scale' || item.type === 'paired').length : 0] as const;
    });
    expect(counts.filter(([, count]) => count < 3)).toEqual([]);
  });
});

describe('plain English', () => {
  it.each(current.map((file) => [file.path, file.text]))('%s has no sentence over 30 words', (_path, text) => {
    expect(longSentences(JSON.parse(text))).toEqual([]);
  });

  it.each(current.map((file) => [file.path, file.text]))(`%s reads at a Flesch reading ease of at least ${MIN_FLESCH}`, (_path, text) => {
    expect(readabilityOfContent(JSON.parse(text)).flesch).toBeGreaterThanOrEqual(MIN_FLESCH);
  });
});
