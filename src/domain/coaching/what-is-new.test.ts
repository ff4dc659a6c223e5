import { describe, expect, it } from 'vitest';
import type { SharedKind } from './coaching-types.ts';
import { describeWhatIsNew, whatIsNew } from './what-is-new.ts';

const ids = (changes: Partial<Record<SharedKind, string[]>>): Record<SharedKind, string[]> => ({
  responses: [],
  journal: [],
  intentions: [],
  practiceLog: [],
  weeklyReflections: [],
  ...changes,
});

describe('what is new', () => {
  it('counts ids added and gone per kind, by id only', () => {
    const result = whatIsNew(
      ids({ responses: ['r1', 'r2'], journal: ['j1', 'j2', 'j3'] }),
      ids({ responses: ['r1', 'r2', 'r3', 'r4'], journal: ['j1'], practiceLog: ['p1'] }),
    );
    expect(result.added).toEqual({ responses: 2, journal: 0, intentions: 0, practiceLog: 1, weeklyReflections: 0 });
    expect(result.gone).toEqual({ responses: 0, journal: 2, intentions: 0, practiceLog: 0, weeklyReflections: 0 });
  });

  it('says it in plain lines, new first, then what is no longer shared', () => {
    const result = whatIsNew(ids({ journal: ['j1', 'j2', 'j3'] }), ids({ responses: ['r1', 'r2'], practiceLog: ['p1'], weeklyReflections: ['w1'] }));
    expect(describeWhatIsNew(result)).toEqual(['2 new reflections', '1 new week reflected', '1 new practice session', '3 journal entries no longer shared']);
  });

  it('says so when nothing changed', () => {
    const same = ids({ responses: ['r1'] });
    expect(describeWhatIsNew(whatIsNew(same, same))).toEqual(['Nothing new since the last share']);
  });
});
