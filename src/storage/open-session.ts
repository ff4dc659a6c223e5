/**
 * Everything the session store needs from storage, in one module that is
 * loaded on demand (so Dexie is not part of the first screen's bundle).
 */
export { openDirectory } from './directory.ts';
export { accessProfile, accessProfileWithKey, removeProfileData, UnlockWaitError } from './profile-access.ts';
export { unwrapWithSecret, wrapWithSecret } from './vault/kdf-client.ts';
export { newKdfParams } from '../domain/crypto/kdf.ts';
export { changePassphrase, encryptProfile } from './profile-vault.ts';
export {
  createProfile,
  getDeviceSettings,
  listProfiles,
  resolveStartupProfile,
  setActiveProfile,
  setDeviceSettings,
  updateProfile,
} from './repositories/profiles-repo.ts';
export { endGuestSession, openGuestSession, removeLeftoverGuestDatabases } from './guest-session.ts';
