import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import { proseStrings, slipsIn, slipsInContent } from './text-slips.ts';

/** Every content file a leader reads from (the generated JSON Schemas are for editors). */
const files = readContentFiles(process.cwd()).filter((file) => !file.path.startsWith('content/schema/'));

describe('slipsIn', () => {
  it('passes clean UK English with straight apostrophes and an ellipsis', () => {
    expect(slipsIn("What does this moment need? Then do that one thing well… and recognise what your colleague's behaviour tells you.")).toEqual([]);
  });

  it.each([
    ['What does this moment need?.', 'doubled punctuation "?."'],
    ['Wait..', 'doubled punctuation ".."'],
    ['First,. then', 'doubled punctuation ",."'],
    ['Well done!.', 'doubled punctuation "!."'],
    ['Three dots...', 'doubled punctuation ".."'],
  ])('finds doubled punctuation in %j', (text, problem) => {
    expect(slipsIn(text)).toContainEqual(expect.stringContaining(problem));
  });

  it('finds stray and doubled spaces', () => {
    expect(slipsIn(' Leading')).toEqual(['leading or trailing space']);
    expect(slipsIn('Trailing ')).toEqual(['leading or trailing space']);
    expect(slipsIn('Two  spaces')).toEqual(['doubled space']);
    expect(slipsIn('A space before a stop .')).toEqual(['space before punctuation']);
  });

  it('finds a curly apostrophe, since content uses the straight one', () => {
    expect(slipsIn('A colleague’s view')).toEqual(['curly apostrophe or quote (content uses the straight apostrophe)']);
  });

  it('finds a doubled word', () => {
    expect(slipsIn('Ask the the team')).toEqual(['doubled word "the the"']);
  });

  it.each([
    ['We prioritize safety.', 'prioritize'],
    ['An organization of care.', 'organization'],
    ['Her behavior changed.', 'behavior'],
    ['The color of the ward.', 'color'],
    ['At the center of it.', 'center'],
    ['A leadership program.', 'program'],
    ['Analyze the rota.', 'Analyze'],
  ])('finds the American spelling in %j', (text, word) => {
    expect(slipsIn(text)).toEqual([expect.stringContaining(`American spelling "${word}"`)]);
  });

  it('leaves alone words that end in -ize in UK English too', () => {
    expect(slipsIn('A prize of any size; seize the day; a citizen.')).toEqual([]);
  });
});

describe('proseStrings', () => {
  it('walks nested objects and arrays and skips identifiers', () => {
    const file = { $schema: '../x.json', id: 'a-b', version: 1, title: 'T', sections: [{ id: 's', element: 'attending', items: [{ type: 'text', id: 'i', text: 'Q?' }] }] };
    expect(proseStrings(file)).toEqual([
      { path: 'title', text: 'T' },
      { path: 'sections.0.items.0.text', text: 'Q?' },
    ]);
  });
});

describe('the words in content/', () => {
  it('covers every questionnaire (with the archive), practice and prompt file', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('content/questionnaires/compassionate-leadership.json');
    expect(paths).toContain('content/practices/arrive.json');
    expect(paths).toContain('content/prompts/journal-prompts.json');
  });

  it.each(files.map((file) => [file.path, file]))('%s has no typing slips', (_path, file) => {
    const slips = slipsInContent(JSON.parse(file.text)).map((slip) => `${slip.path}: ${slip.problem}`);
    expect(slips).toEqual([]);
  });
});
