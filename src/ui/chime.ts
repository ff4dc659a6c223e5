/**
 * A soft chime made with Web Audio (no audio files): two sine tones, about
 * 528 Hz and 792 Hz, fading in quickly and out over about 2.5 s.
 *
 * Browsers only let a page start sound after a user gesture, so create the
 * chime in a click handler (e.g. "Start") and play it later. `createChime`
 * returns null where Web Audio is missing.
 */

export interface Chime {
  play(): void;
  close(): void;
}

type AudioContextConstructor = new () => AudioContext;

const TONES: ReadonlyArray<{ frequency: number; level: number }> = [
  { frequency: 528, level: 1 },
  { frequency: 792, level: 0.45 },
];
const PEAK = 0.18;
const ATTACK_SECONDS = 0.04;
const LENGTH_SECONDS = 2.5;

export function createChime(): Chime | null {
  const scope = globalThis as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor };
  const Context = scope.AudioContext ?? scope.webkitAudioContext;
  if (!Context) return null;
  let context: AudioContext;
  try {
    context = new Context();
  } catch {
    return null;
  }
  void context.resume?.()?.catch(() => {});

  return {
    play() {
      try {
        void context.resume?.()?.catch(() => {});
        const at = context.currentTime;
        const envelope = context.createGain();
        envelope.gain.setValueAtTime(0.0001, at);
        envelope.gain.exponentialRampToValueAtTime(PEAK, at + ATTACK_SECONDS);
        envelope.gain.exponentialRampToValueAtTime(0.0001, at + LENGTH_SECONDS);
        envelope.connect(context.destination);
        for (const tone of TONES) {
          const oscillator = context.createOscillator();
          oscillator.type = 'sine';
          oscillator.frequency.setValueAtTime(tone.frequency, at);
          const level = context.createGain();
          level.gain.setValueAtTime(tone.level, at);
          oscillator.connect(level);
          level.connect(envelope);
          oscillator.start(at);
          oscillator.stop(at + LENGTH_SECONDS + 0.1);
        }
      } catch {
        // A chime is a nicety: never let it break the end of a practice.
      }
    },
    close() {
      void context.close?.()?.catch(() => {});
    },
  };
}
