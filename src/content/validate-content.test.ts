import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import { QuestionnaireSchema } from './questionnaire-schema.ts';
import { validateContent, validateContentFile } from './validate-content.ts';

const files = readContentFiles(process.cwd());
const selfAssessment = JSON.parse(readFileSync('content/questionnaires/compassionate-leadership.json', 'utf8')) as Record<string, unknown>;

/** A deep copy of the self-assessment, changed by `edit`, as a content file. */
function variant(edit: (q: ReturnType<typeof QuestionnaireSchema.parse>) => void, path = 'content/questionnaires/compassionate-leadership.json') {
  const copy = QuestionnaireSchema.parse(structuredClone(selfAssessment));
  edit(copy);
  return { path, text: JSON.stringify(copy) };
}

describe('every file in content/', () => {
  it('finds the content files', () => {
    expect(files.map((f) => f.path)).toContain('content/questionnaires/compassionate-leadership.json');
  });

  it.each(files.map((f) => [f.path, f]))('%s is valid', (_path, file) => {
    expect(validateContentFile(file)).toEqual([]);
  });

  it('has no problems across files', () => {
    expect(validateContent(files)).toEqual([]);
  });
});

describe('the self-assessment content', () => {
  const questionnaire = QuestionnaireSchema.parse(selfAssessment);

  it('covers the four elements in order, each with at least 5 items and a reverse-keyed one', () => {
    expect(questionnaire.sections.map((e) => e.element)).toEqual(['attending', 'understanding', 'empathising', 'helping']);
    for (const section of questionnaire.sections) {
      expect(section.items.length).toBeGreaterThanOrEqual(5);
      expect(section.items.some((item) => item.type === 'scale' && item.reverse)).toBe(true);
    }
  });

  it('has a labelled 5-point scale', () => {
    expect(questionnaire.scale!.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(questionnaire.scale!.options.every((o) => o.label.length > 0)).toBe(true);
  });

  it('gives each band reflective feedback and 2–3 practices', () => {
    for (const band of questionnaire.sections.flatMap((e) => e.bands ?? [])) {
      expect(band.feedback.length).toBeGreaterThan(40);
      expect(band.practices.length).toBeGreaterThanOrEqual(2);
      expect(band.practices.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('a broken content file', () => {
  it('is reported with its file name and the path of the bad field', () => {
    const broken = variant((q) => {
      (q.sections[1]!.items[2] as { reverse: unknown }).reverse = 'yes';
    });
    expect(validateContentFile(broken)).toEqual([
      'content/questionnaires/compassionate-leadership.json: sections.1.items.2.reverse — Invalid input: expected boolean, received string',
    ]);
  });

  it('reports bands with a gap', () => {
    const broken = variant((q) => {
      q.sections[0]!.bands![1]!.min = 45;
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/sections\.0\.bands\.1\.min — must be 38/));
  });

  it('reports bands that stop short of 100', () => {
    const broken = variant((q) => {
      q.sections[3]!.bands![3]!.max = 99;
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/sections\.3\.bands\.3\.max — the last band must end at 100/));
  });

  it('reports a section of 4 or more scale items without a reverse-keyed one', () => {
    const broken = variant((q) => {
      for (const item of q.sections[2]!.items) if (item.type === 'scale') item.reverse = false;
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/sections\.2\.items — .*needs at least one reverse-keyed item/));
  });

  it('reports a reused item id', () => {
    const broken = variant((q) => {
      q.sections[3]!.items[0]!.id = q.sections[0]!.items[0]!.id;
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/sections\.3\.items\.0\.id — item id .* is already used/));
  });

  it('reports an unknown field', () => {
    const broken = variant((q) => {
      (q as Record<string, unknown>).colour = 'blue';
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/: \(top level\) — .*colour/));
  });

  it('reports invalid JSON', () => {
    expect(validateContentFile({ path: 'content/questionnaires/x.json', text: '{ "id": ' })[0]).toMatch(/^content\/questionnaires\/x\.json: \(file\) — not valid JSON/);
  });

  it('reports a file whose name does not match its id', () => {
    expect(validateContentFile(variant(() => undefined, 'content/questionnaires/other.json'))).toEqual([
      'content/questionnaires/other.json: id — the file must be named compassionate-leadership.json to match its id and version',
    ]);
  });

  it('reports an archived version that is not older than the current one', () => {
    const current = variant(() => undefined);
    const archived = variant(() => undefined, 'content/questionnaires/archive/compassionate-leadership.v1.json');
    expect(validateContent([current, archived])).toContainEqual(expect.stringMatching(/version — must be higher than every archived version/));
  });
});

describe('the rules for each item type and scoring rule', () => {
  it('reports a paired item in a questionnaire with no paired scale, and in a section not scored by gap', () => {
    const broken = variant((q) => {
      q.sections[0]!.items.push({ type: 'paired', id: 'attending-paired', text: 'I listen.' });
    });
    const problems = validateContentFile(broken);
    expect(problems).toContainEqual(expect.stringMatching(/pairedScale — item "attending-paired" is a paired item/));
    expect(problems).toContainEqual(expect.stringMatching(/sections\.0\.scoring — a section with paired items must use "gap" scoring/));
  });

  it('reports a scored section without bands, and an unscored one with bands', () => {
    const broken = variant((q) => {
      delete q.sections[0]!.bands;
      q.sections[1]!.scoring = 'none';
    });
    const problems = validateContentFile(broken);
    expect(problems).toContainEqual(expect.stringMatching(/sections\.0\.bands — a scored section needs bands covering 0–100/));
    expect(problems).toContainEqual(expect.stringMatching(/sections\.1\.bands — an unscored section has no bands/));
  });

  it('reports a missing element when every element must be covered', () => {
    const broken = variant((q) => {
      q.sections[2]!.element = 'attending';
    });
    const problems = validateContentFile(broken);
    expect(problems).toContainEqual(expect.stringMatching(/needs exactly one section for "attending" \(found 2\)/));
    expect(problems).toContainEqual(expect.stringMatching(/needs exactly one section for "empathising" \(found 0\)/));
  });

  it('reports a section that opts out of “does not apply” when the scale does not offer it, or when it has no scale items', () => {
    const noLabel = variant((q) => {
      delete q.scale!.notApplicable;
      q.sections[0]!.offersNotApplicable = false;
    });
    expect(validateContentFile(noLabel)).toContainEqual(expect.stringMatching(/sections\.0\.offersNotApplicable — only for a questionnaire whose "scale" has "notApplicable"/));
    const noScale = variant((q) => {
      q.sections.push({ id: 'closing', title: 'Closing', summary: 'A last thought.', scoring: 'none', items: [{ type: 'text', id: 'closing-thought', text: 'Anything else?' }], offersNotApplicable: false });
    });
    expect(validateContentFile(noScale)).toContainEqual(expect.stringMatching(/sections\.4\.offersNotApplicable — only for a section with scale items/));
  });

  it('holds the pulse’s energy items to a rating: its energy section does not offer “Did not come up this week”', () => {
    const pulse = QuestionnaireSchema.parse(JSON.parse(readFileSync('content/questionnaires/weekly-pulse.json', 'utf8')));
    expect(pulse.sections.find((s) => s.id === 'pulse-energy')?.offersNotApplicable).toBe(false);
    expect(pulse.sections.filter((s) => s.offersNotApplicable !== undefined).map((s) => s.id)).toEqual(['pulse-energy']);
  });

  it('reports a choice with a single option', () => {
    const broken = variant((q) => {
      q.sections[0]!.items.push({ type: 'choice', id: 'attending-choice', text: 'Pick one', options: [{ id: 'only', label: 'Only' }] });
    });
    expect(validateContentFile(broken)).toContainEqual(expect.stringMatching(/sections\.0\.items\.7\.options — /));
  });
});

describe('across versions of a questionnaire', () => {
  it('reports an item id reused for a different question in a later version', () => {
    const archived = variant((q) => {
      q.version = 1;
    }, 'content/questionnaires/archive/compassionate-leadership.v1.json');
    const current = variant((q) => {
      q.sections[0]!.items[0]!.text = 'A different question with the old id.';
    });
    expect(validateContent([current, archived])).toContainEqual(
      expect.stringMatching(/compassionate-leadership\.json: item "attending-full-attention-when-approached" — this id meant a different question/),
    );
  });

  it('accepts a new version that keeps old ids for unchanged questions and gives a changed one a new id', () => {
    const archived = variant((q) => {
      q.version = 1;
    }, 'content/questionnaires/archive/compassionate-leadership.v1.json');
    const current = variant((q) => {
      q.sections[0]!.items[0] = { type: 'scale', id: 'attending-full-attention-v2', text: 'A reworded question.', reverse: false };
    });
    expect(validateContent([current, archived])).toEqual([]);
  });
});
