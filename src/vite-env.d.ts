/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** The app's version from package.json, set by Vite at build time. */
declare const __APP_VERSION__: string;

/** The current instruments, listed without their questions (see vite/catalogue-plugin.ts). */
declare module 'virtual:attune-catalogue' {
  const entries: ReadonlyArray<{
    id: string;
    title: string;
    shortTitle: string;
    summary: string;
    purpose: 'assessment' | 'pulse' | 'presence' | 'reflection' | 'self-care';
    estimatedMinutes: number;
    minutesWithNotes: number | null;
  }>;
  export default entries;
}
