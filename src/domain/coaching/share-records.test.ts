import { describe, expect, it } from 'vitest';
import { sampleBackupBody } from '../files/testing/sample-backup.ts';
import { toProgressRecords } from './share-records.ts';

describe('toProgressRecords', () => {
  it("hands the dashboard a share's results, practice log and weekly reflections", () => {
    const { records } = sampleBackupBody();
    expect(toProgressRecords(records)).toEqual({ responses: records.responses, practice: records.practiceLog, weekly: records.weeklyReflections });
  });
});
