/** Device-wide settings, and their defaults on a new device. */
export interface DeviceSettings {
  /** Every profile must have a passphrase; the app locks itself when idle or hidden. */
  sharedDevice: boolean;
  /** Idle minutes before a shared device locks (1–15). */
  autoLockMinutes: number;
}

export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = { sharedDevice: false, autoLockMinutes: 5 };
