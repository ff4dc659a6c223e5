/**
 * The session store's profile changes, each in its turn: create, rename,
 * set or change the passphrase, the device settings, remove my data, and
 * the session PIN. The work is storage/lifecycle's; this keeps the session
 * state in step with it.
 */
import { StorageError } from '../storage/errors.ts';
import type { SessionGet, SessionHelpers, SessionSet } from './session-kit.ts';
import { inTurn, loadStorage } from './session-kit.ts';
import type { SessionState } from './session-types.ts';
import type { VaultWatch } from './vault-watch.ts';
import { requireNewPassphrase } from '../domain/crypto/secret-policy.ts';

const REMOVAL_FAILED = 'Your data could not be removed completely. Choose the profile again if it is still listed, and try once more.';

type ProfileChanges = Pick<
  SessionState,
  'createProfile' | 'setProfileKind' | 'renameProfile' | 'setPassphrase' | 'changePassphrase' | 'setDevice' | 'removeMyData' | 'setPin'
>;

export function profileChanges(
  get: SessionGet,
  set: SessionSet,
  { refreshProfiles, findRecord, openWithSecret }: SessionHelpers,
  watch: VaultWatch,
): ProfileChanges {
  return {
    createProfile: (displayName, passphrase, { kind } = {}) =>
      inTurn(async () => {
        const { directory } = get();
        if (!directory) throw new StorageError('closed');
        if (passphrase !== null) await requireNewPassphrase(passphrase);
        const api = await loadStorage();
        const record = await api.createProfileWith(
          directory,
          () => api.createProfile(directory, displayName.trim(), new Date(), kind === 'coach' ? { kind } : {}),
          passphrase,
        );
        void get().lock({ everywhere: false, toPicker: true });
        await openWithSecret(record, passphrase);
      }),

    setProfileKind: (kind) =>
      inTurn(async () => {
        const { directory, profile } = get();
        if (!directory || !profile) throw new StorageError('closed');
        // Loaded only when asked: the coach space's storage is not part of every screen's.
        await (await import('../storage/coaching/coach-space.ts')).setProfileKind(directory, profile.id, kind);
        const next = { ...profile };
        if (kind === 'coach') next.kind = 'coach';
        else delete next.kind;
        if (get().profile?.id === profile.id) set({ profile: next });
        await refreshProfiles();
      }),

    renameProfile: (displayName) =>
      inTurn(async () => {
        const { directory, profile } = get();
        if (!directory || !profile) throw new StorageError('closed');
        await (await loadStorage()).updateProfile(directory, profile.id, { displayName: displayName.trim() });
        set({ profile: { ...profile, displayName: displayName.trim() } });
        await refreshProfiles();
      }),

    setPassphrase: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        await requireNewPassphrase(passphrase);
        let next;
        try {
          next = await (await loadStorage()).setProfilePassphrase(directory, connection, passphrase);
        } catch (error) {
          if ((error as { kind?: unknown }).kind !== 'vault-changed') {
            // It may have failed after the profile was encrypted (the directory could not be told): then leave its old vault.
            await watch.checkStillCurrent(profile.id, connection);
            throw error;
          }
          // Another tab set a passphrase first: follow it (to its unlock form) and say why ours was not set.
          await watch.leave(profile.id, false);
          set({ lockNotice: (error as Error).message });
          throw error;
        }
        if (get().connection !== connection) {
          next.vault.revoke(0); // locked meanwhile: the new vault must not outlive it
          return;
        }
        set({ connection: next, profile: { ...profile, hasPassphrase: true } });
        await refreshProfiles();
      }),

    changePassphrase: (current, next) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        await requireNewPassphrase(next);
        await (await loadStorage()).changeProfilePassphrase(directory, await findRecord(profile.id), connection, current, next);
      }),

    setDevice: (deviceChanges) =>
      inTurn(async () => {
        const { directory, profiles, device } = get();
        const settings = { ...device, ...deviceChanges };
        if (!directory) throw new StorageError('closed');
        if (settings.sharedDevice && profiles.some((p) => !p.hasPassphrase)) {
          throw new StorageError('unknown', {
            message: `On a shared device every profile needs a passphrase. Set one for ${profiles
              .filter((p) => !p.hasPassphrase)
              .map((p) => p.displayName)
              .join(', ')} first.`,
          });
        }
        await (await loadStorage()).setDeviceSettings(directory, settings);
        set({ device: settings });
      }),

    removeMyData: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        const api = await loadStorage();
        await api.checkRemoval(directory, await findRecord(profile.id), passphrase);
        if (get().connection !== connection) throw new StorageError('closed');
        const removing = api.removeProfileSession(directory, connection);
        // The picker shows at once, without the removed profile; the deletion finishes in the background.
        set({
          connection: null,
          profile: null,
          unlockedAt: null,
          pinProfileId: null,
          draftOpen: false,
          status: 'choose',
          profiles: get().profiles.filter((p) => p.id !== profile.id),
        });
        try {
          await removing;
        } catch {
          // The picker is already showing: say so there, since the form that asked has gone.
          set({ lockNotice: REMOVAL_FAILED });
        } finally {
          await refreshProfiles();
        }
      }),

    setPin: (passphrase, pin) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection || !profile.hasPassphrase) {
          throw new StorageError('unknown', { message: 'Unlock the profile with its passphrase first.' });
        }
        const api = await loadStorage();
        await api.setSessionPin(directory, await findRecord(profile.id), connection, passphrase, pin);
        if (get().connection !== connection) {
          api.forgetPin(profile.id); // locked, or another person, while the PIN was being made: it must not outlive that
          throw new StorageError('closed', { message: 'The profile was locked before the PIN was set. Unlock it and set the PIN again.' });
        }
        set({ pinProfileId: api.pinProfileId() });
      }),
  };
}
