import { describe, expect, it } from 'vitest';
import { openDirectory } from '../directory.ts';
import { DEFAULT_PROFILE_NAME, listProfiles, resolveStartupProfile } from './profiles-repo.ts';

describe('profiles', () => {
  it('creates one personal, unlocked profile on first run and reuses it afterwards', async () => {
    const directory = await openDirectory();
    const first = await resolveStartupProfile(directory);
    expect(first).toMatchObject({ displayName: DEFAULT_PROFILE_NAME, vault: { scheme: 'plain' } });
    expect(first!.id).toMatch(/^[0-9a-f-]{36}$/);
    directory.db.close();

    const again = await openDirectory();
    expect((await resolveStartupProfile(again))?.id).toBe(first!.id);
    expect(await listProfiles(again)).toHaveLength(1);
    again.db.close();
  });
});

describe('two tabs starting at once on a new device', () => {
  it('agree on one personal profile instead of creating one each', async () => {
    const [tabA, tabB] = await Promise.all([openDirectory(), openDirectory()]);
    const [a, b] = await Promise.all([resolveStartupProfile(tabA), resolveStartupProfile(tabB)]);
    expect(b?.id).toBe(a?.id);
    expect(await listProfiles(tabA)).toHaveLength(1);
    tabA.db.close();
    tabB.db.close();
  });
});
