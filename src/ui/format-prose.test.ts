import { describe, expect, it } from 'vitest';
import { minutesInWords, titleThenText, withFullStop } from './format-prose.ts';

describe('withFullStop', () => {
  it('adds a full stop to a title that has none', () => {
    expect(withFullStop('Pause before you speak')).toBe('Pause before you speak.');
  });

  it.each(['What does this moment need?', 'Well done!', 'Stop.', 'And then…', 'Ask "what matters to you?"', 'Take a breath (slowly.)'])(
    'adds nothing to %j, which ends its sentence already',
    (text) => {
      expect(withFullStop(text)).toBe(text);
    },
  );

  it('trims stray spaces before deciding, and leaves empty text empty', () => {
    expect(withFullStop('  Listen first  ')).toBe('Listen first.');
    expect(withFullStop('   ')).toBe('');
  });
});

describe('titleThenText', () => {
  it('joins a plain title with a colon', () => {
    expect(titleThenText('Pause before you speak', 'Take one breath.')).toBe('Pause before you speak: Take one breath.');
  });

  it('runs a question straight into its text, with no colon after the question mark', () => {
    expect(titleThenText('What does this moment need?', 'Ask, then do that one thing well.')).toBe(
      'What does this moment need? Ask, then do that one thing well.',
    );
  });
});

describe('minutesInWords', () => {
  it('says 1 minute and 6 minutes', () => {
    expect(minutesInWords(1)).toBe('1 minute');
    expect(minutesInWords(6)).toBe('6 minutes');
  });
});
