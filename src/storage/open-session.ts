/**
 * Everything the session store needs from storage, in one module that is
 * loaded on demand (so Dexie is not part of the first screen's bundle).
 */
export { openDirectory } from './directory.ts';
export { NeedsPassphraseError, removeOrphanProfileDatabases, UnlockWaitError } from './profile-access.ts';
export {
  changeProfilePassphrase,
  checkRemoval,
  closeProfileSession,
  createProfileWith,
  endGuest,
  openGuest,
  openProfileSession,
  openProfileWithPin,
  removeProfileSession,
  setProfilePassphrase,
  setSessionPin,
  vaultMatches,
} from './lifecycle/profile-lifecycle.ts';
export { forgetPin, pinProfileId } from './lifecycle/pin-unlock.ts';
export { listenForVaultChanges, vaultChanged } from './lifecycle/vault-channel.ts';
export { holdShared } from './lifecycle/profile-locks.ts';
export { isChangingHere } from './lifecycle/vault-change.ts';
export {
  createProfile,
  getDeviceSettings,
  listProfiles,
  resolveStartupProfile,
  setActiveProfile,
  setDeviceSettings,
  updateProfile,
} from './repositories/profiles-repo.ts';
export { removeLeftoverGuestDatabases } from './guest-session.ts';
