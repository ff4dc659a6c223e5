/**
 * The practice player and the practice log: steps run on the wall clock
 * (pausing stops it), the end is clear, the screen is kept awake while it
 * runs, the chime plays only when asked for, the breathing guide runs only in
 * pacer steps, reduced motion shows no moving circle, every practice says how
 * to do it without the screen before it starts, a safety line stays in view
 * before and during, and a session is logged with the time it ran (in seconds, shown
 * honestly and correctable before saving), its element and note. The
 * practices screen lists the practices, totals the time practised (older
 * records in whole minutes among newer ones in seconds) and logs a practice
 * done without the timer.
 *
 * Content and storage load with real timers; the clock is faked only while
 * a practice runs (fake-indexeddb needs real timers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as PracticeRegistry from '../../content/practices.ts';
import type { Practice } from '../../content/practice-schema.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { useSession } from '../../state/session-store.ts';
import * as practiceLogRepo from '../../storage/repositories/practice-log-repo.ts';
import { listPracticeLog, savePracticeLog } from '../../storage/repositories/practice-log-repo.ts';
import { STILL_SAVING } from '../../ui/save-status.tsx';
import { today as todayLocal } from '../../ui/today.ts';
import { SLOW_AFTER_MS } from '../../ui/use-slow-notice.ts';
import { PracticePlayer } from './practice-player.tsx';
import { PracticeScreen } from './practice-screen.tsx';

/**
 * Besides the real practices, one made for these tests: a breathing practice
 * with a safety line, settling in, two pacer steps and a way back.
 */
vi.mock('../../content/practices.ts', async (importOriginal) => {
  const real = await importOriginal<typeof PracticeRegistry>();
  const fixture: Practice = {
    id: 'fixture-breathing',
    version: 1,
    title: 'Fixture breathing',
    summary: 'A breathing practice made for the tests.',
    when: 'In the tests.',
    elements: ['attending'],
    breathing: { inhaleSeconds: 2, holdSeconds: 0, exhaleSeconds: 3, restSeconds: 0 },
    stillGuidance: 'Count two in and three out, without the screen.',
    safety: 'If you feel light-headed, stop and breathe normally.',
    steps: [
      { text: 'Settle into the chair.', seconds: 10, stage: 'settling' },
      { text: 'Follow the guide.', seconds: 10, stage: 'practice', pacer: true },
      { text: 'Keep following it.', seconds: 10, stage: 'practice', pacer: true },
      { text: 'Let your breathing return to its own pace.', seconds: 10, stage: 'returning' },
    ],
  };
  return { ...real, loadPractice: async (id: string) => (id === fixture.id ? fixture : real.loadPractice(id)) };
});

/** Every real practice file, as written. */
const PRACTICES = readdirSync('content/practices')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`content/practices/${name}`, 'utf8')) as Practice);

/** Tuesday 10 March 2026, 09:00 on the device's clock. */
const T0 = new Date(2026, 2, 10, 9, 0, 0).getTime();
const ARRIVE_TITLE = 'Arrive: one minute before a meeting';

function connection() {
  return useSession.getState().connection!;
}

async function renderPlayer(practiceId = 'arrive') {
  await useSession.getState().start();
  const onLogged = vi.fn();
  const view = render(
    <MemoryRouter>
      <PracticePlayer practiceId={practiceId} onLogged={onLogged} />
    </MemoryRouter>,
  );
  await screen.findByRole('button', { name: 'Start' });
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'], now: T0 });
  return { onLogged, ...view };
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function click(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
}

async function flush() {
  await act(async () => {});
}

function remaining() {
  return screen.getByRole('timer', { name: 'Time remaining' }).textContent;
}

function currentStep() {
  const steps = within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem');
  return steps.findIndex((step) => step.getAttribute('aria-current') === 'step');
}

function announced() {
  return document.querySelector('[aria-live="polite"]')?.textContent;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (navigator as { wakeLock?: unknown }).wakeLock;
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('the practice player', () => {
  it('moves through the steps at the right times, and announces each one', async () => {
    await renderPlayer();
    expect(remaining()).toBe('1:00');
    expect(currentStep()).toBe(-1);

    click('Start');
    expect(currentStep()).toBe(0);
    expect(announced()).toMatch(/^Step 1 of 4: Stop outside the room/);
    advance(9_750);
    expect(currentStep()).toBe(0);
    expect(remaining()).toBe('0:51');
    advance(250);
    expect(currentStep()).toBe(1);
    expect(remaining()).toBe('0:50');
    expect(announced()).toMatch(/^Step 2 of 4: Take three slow breaths/);
    advance(20_000);
    expect(currentStep()).toBe(2);
    advance(15_000);
    expect(currentStep()).toBe(3);
    expect(remaining()).toBe('0:15');
  });

  it('stops the clock while paused and carries on after resuming, then ends clearly at 60 s', async () => {
    await renderPlayer();
    click('Start');
    advance(15_000);
    expect(remaining()).toBe('0:45');

    click('Pause');
    const resume = screen.getByRole('button', { name: 'Resume' });
    advance(30_000);
    expect(remaining()).toBe('0:45');
    expect(currentStep()).toBe(1);

    fireEvent.click(resume);
    advance(15_000);
    expect(remaining()).toBe('0:30');
    expect(currentStep()).toBe(2);
    expect(screen.queryByRole('heading', { name: 'Practice complete' })).not.toBeInTheDocument();

    advance(30_000);
    const heading = screen.getByRole('heading', { name: 'Practice complete' });
    expect(heading).toHaveFocus();
    expect(remaining()).toBe('0:00');
    expect(currentStep()).toBe(-1);
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Log this practice' });
    expect(screen.getByText('You stayed with it to the end: 1 minute.')).toBeInTheDocument();
    const length = within(form).getByRole('group', { name: 'How long did you practise?' });
    expect(within(length).getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(1);
    expect(within(length).getByRole('spinbutton', { name: 'Seconds' })).toHaveValue(0);
    expect(within(form).getByLabelText('Date')).toHaveValue('2026-03-10');
  });

  it('keeps the screen awake while running: requested on start, released on pause and at the end, asked again when visible', async () => {
    const sentinels: Array<{ released: boolean; release: ReturnType<typeof vi.fn> }> = [];
    const request = vi.fn(async () => {
      const sentinel = {
        released: false,
        release: vi.fn(async () => {
          sentinel.released = true;
        }),
      };
      sentinels.push(sentinel);
      return sentinel;
    });
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    await renderPlayer();
    expect(request).not.toHaveBeenCalled();

    click('Start');
    await flush();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith('screen');

    // The browser drops the lock while the page is hidden; back in view, it is asked for again.
    sentinels[0]!.released = true;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await flush();
    expect(request).toHaveBeenCalledTimes(2);

    click('Pause');
    await flush();
    expect(sentinels[1]!.release).toHaveBeenCalled();
    click('Resume');
    await flush();
    expect(request).toHaveBeenCalledTimes(3);

    advance(60_000);
    await flush();
    expect(screen.getByRole('heading', { name: 'Practice complete' })).toBeInTheDocument();
    expect(sentinels[2]!.release).toHaveBeenCalled();
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('runs without a wake lock where the browser has none', async () => {
    await renderPlayer();
    click('Start');
    await flush();
    advance(60_000);
    expect(screen.getByRole('heading', { name: 'Practice complete' })).toBeInTheDocument();
  });

  describe('the chime', () => {
    function mockAudio() {
      const contexts: MockAudioContext[] = [];
      const frequencies: number[] = [];
      class MockAudioContext {
        currentTime = 0;
        destination = {};
        constructor() {
          contexts.push(this);
        }
        resume = vi.fn(async () => {});
        close = vi.fn(async () => {});
        createGain() {
          return { gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }, connect: vi.fn() };
        }
        createOscillator() {
          const oscillator = {
            type: 'square',
            frequency: { setValueAtTime: (value: number) => frequencies.push(value) },
            connect: vi.fn(),
            start: vi.fn(),
            stop: vi.fn(),
          };
          started.push(oscillator.start);
          return oscillator;
        }
      }
      const started: Array<ReturnType<typeof vi.fn>> = [];
      vi.stubGlobal('AudioContext', MockAudioContext);
      return { contexts, frequencies, started };
    }

    it('is off by default, and then nothing is played', async () => {
      const audio = mockAudio();
      await renderPlayer();
      expect(screen.getByRole('checkbox', { name: 'Play a soft chime at the end' })).not.toBeChecked();
      click('Start');
      advance(60_000);
      expect(screen.getByRole('heading', { name: 'Practice complete' })).toBeInTheDocument();
      expect(audio.contexts).toHaveLength(0);
      expect(audio.started).toHaveLength(0);
    });

    it('plays two soft tones at the end when asked for, from a context made on Start', async () => {
      const audio = mockAudio();
      await renderPlayer();
      fireEvent.click(screen.getByRole('checkbox', { name: 'Play a soft chime at the end' }));
      click('Start');
      expect(audio.contexts).toHaveLength(1);
      advance(59_750);
      expect(audio.started).toHaveLength(0);
      advance(250);
      expect(screen.getByRole('heading', { name: 'Practice complete' })).toBeInTheDocument();
      expect(audio.started).toHaveLength(2);
      expect(audio.started.every((start) => start.mock.calls.length === 1)).toBe(true);
      expect(audio.frequencies).toEqual([528, 792]);
    });
  });

  describe('the breathing guide', () => {
    function prefersReducedMotion(reduce: boolean) {
      Object.defineProperty(window, 'matchMedia', {
        configurable: true,
        value: (query: string) => ({
          matches: reduce && query === '(prefers-reduced-motion: reduce)',
          media: query,
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
        }),
      });
    }

    function circle() {
      return document.querySelector<HTMLElement>('.breath-guide__circle');
    }

    /** The phase words of the guide ("Breathe in · 2"), or null when no guide is shown. */
    function phaseWords() {
      return document.querySelector('.breath-guide__phase')?.textContent ?? null;
    }

    it('grows on the in-breath and shrinks on the out-breath, with the phase and count in words', async () => {
      prefersReducedMotion(false);
      await renderPlayer('fixture-breathing');
      click('Start');
      advance(10_000); // the first pacer step
      expect(screen.getByText('Breathe in · 2')).toBeInTheDocument();
      expect(circle()!.style.transform).toBe('scale(0.450)');
      advance(1_000);
      expect(screen.getByText('Breathe in · 1')).toBeInTheDocument();
      expect(circle()!.style.transform).toBe('scale(0.725)');
      advance(1_000);
      expect(screen.getByText('Breathe out · 3')).toBeInTheDocument();
      expect(circle()!.style.transform).toBe('scale(1.000)');
      advance(1_500);
      expect(circle()!.style.transform).toBe('scale(0.725)');
    });

    it('runs only during the pacer steps: nothing moves while settling in or returning', async () => {
      prefersReducedMotion(false);
      await renderPlayer('fixture-breathing');
      click('Start');
      expect(currentStep()).toBe(0);
      expect(circle()).toBeNull();
      expect(phaseWords()).toBeNull();
      advance(9_000);
      expect(circle()).toBeNull();
      advance(1_000);
      expect(currentStep()).toBe(1);
      expect(phaseWords()).toBe('Breathe in · 2'); // a fresh in-breath as the practice begins
      advance(10_000);
      expect(currentStep()).toBe(2);
      expect(phaseWords()).toBe('Breathe in · 2'); // 10 s of 5 s breaths: unbroken across the two pacer steps
      advance(10_000);
      expect(currentStep()).toBe(3);
      expect(circle()).toBeNull();
      expect(phaseWords()).toBeNull();
    });

    it('runs in the real paced-breathing practice only during its pacer steps', async () => {
      prefersReducedMotion(false);
      const practice = PRACTICES.find((p) => p.id === 'paced-breathing')!;
      await renderPlayer('paced-breathing');
      click('Start');
      for (const [index, step] of practice.steps.entries()) {
        expect(currentStep()).toBe(index);
        expect(circle() !== null).toBe(step.pacer === true);
        advance(step.seconds * 1000);
      }
    });

    it('shows no moving circle with reduced motion, only the still guidance and the words', async () => {
      prefersReducedMotion(true);
      await renderPlayer('fixture-breathing');
      click('Start');
      advance(10_000);
      expect(circle()).toBeNull();
      expect(screen.getByText('Count two in and three out, without the screen.')).toBeInTheDocument();
      expect(screen.getByText('Breathe in · 2')).toBeInTheDocument();
      advance(3_000);
      expect(circle()).toBeNull();
      expect(screen.getByText('Breathe out · 2')).toBeInTheDocument();
    });
  });

  describe('before it starts', () => {
    it.each(PRACTICES.map((p) => [p.id, p] as const))('shows how to do %s without the screen, until it starts', async (id, practice) => {
      await renderPlayer(id);
      const note = screen.getByRole('note', { name: 'Without the screen' });
      expect(note).toHaveTextContent(practice.stillGuidance);
      click('Start');
      expect(screen.queryByRole('note', { name: 'Without the screen' })).not.toBeInTheDocument();
    });

    it('shows the safety line before the start and keeps it in view while the practice runs and when paused', async () => {
      await renderPlayer('fixture-breathing');
      const safety = () => screen.getByRole('note', { name: 'Safety' });
      expect(safety()).toHaveTextContent('If you feel light-headed, stop and breathe normally.');
      click('Start');
      advance(15_000);
      expect(safety()).toBeVisible();
      click('Pause');
      expect(safety()).toHaveTextContent('If you feel light-headed, stop and breathe normally.');
    });
  });

  describe('logging', () => {
    it('saves the session with the chosen element, a corrected length and note, the practice’s own elements offered first', async () => {
      const { onLogged } = await renderPlayer();
      click('Start');
      advance(60_000);
      vi.useRealTimers();
      const user = userEvent.setup();
      const form = screen.getByRole('form', { name: 'Log this practice' });
      const elements = within(form).getByRole('radiogroup', { name: 'Which element did this help?' });
      expect(within(elements).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
        'Attending',
        'Understanding',
        'Empathising',
        'Helping',
        'Not sure',
      ]);
      expect(within(elements).getByRole('radio', { name: 'Not sure' })).toBeChecked();

      await user.click(within(elements).getByRole('radio', { name: 'Attending' }));
      const minutes = within(form).getByRole('spinbutton', { name: 'Minutes' });
      await user.clear(minutes);
      await user.type(minutes, '2');
      const seconds = within(form).getByRole('spinbutton', { name: 'Seconds' });
      await user.clear(seconds);
      await user.type(seconds, '15');
      await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Walked in calmer <b>than</b> usual');
      await user.click(within(form).getByRole('button', { name: 'Save to my practice log' }));

      await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
      const id = onLogged.mock.calls[0]![0] as string;
      expect(typeof id).toBe('string');
      expect(await screen.findByText('Saved to your practice log.')).toBeInTheDocument();
      const { items } = await listPracticeLog(connection());
      expect(items).toEqual([
        expect.objectContaining({
          id,
          date: '2026-03-10',
          practiceId: 'arrive',
          practiceTitle: ARRIVE_TITLE,
          seconds: 135,
          minutes: 2,
          note: 'Walked in calmer <b>than</b> usual',
          elementId: 'attending',
        }),
      ]);
    });

    it('can be skipped: "Don’t log this" saves nothing and reports null', async () => {
      const { onLogged } = await renderPlayer();
      click('Start');
      advance(60_000);
      vi.useRealTimers();
      click("Don't log this");
      expect(onLogged).toHaveBeenCalledWith(null);
      expect(screen.getByText('Not logged.')).toBeInTheDocument();
      expect((await listPracticeLog(connection())).items).toEqual([]);
    });

    it('offers the log with the time done so far when stopped early', async () => {
      await renderPlayer('body-scan');
      click('Start');
      advance(130_000);
      click('Stop early');
      const heading = screen.getByRole('heading', { name: 'Practice stopped' });
      expect(heading).toHaveFocus();
      expect(screen.getByText('You practised for 2 minutes 10 seconds before stopping. That still counts.')).toBeInTheDocument();
      const form = screen.getByRole('form', { name: 'Log this practice' });
      expect(within(form).getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(2);
      expect(within(form).getByRole('spinbutton', { name: 'Seconds' })).toHaveValue(10);
      const elements = within(form).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
      expect(elements.slice(0, 2)).toEqual(['Attending', 'Empathising']);
      // The clock stays where it stopped.
      const left = remaining();
      advance(10_000);
      expect(remaining()).toBe(left);
    });

    it('says "under a minute" after 4 seconds, and logs 4 seconds, not a minute', async () => {
      const { onLogged } = await renderPlayer();
      click('Start');
      advance(4_000);
      click('Stop early');
      expect(screen.getByText('You practised for under a minute before stopping. That still counts.')).toBeInTheDocument();
      const form = screen.getByRole('form', { name: 'Log this practice' });
      const length = within(form).getByRole('group', { name: 'How long did you practise?' });
      expect(length).toHaveAccessibleDescription('The time on the timer. Change it if it is not right.');
      expect(within(length).getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(0);
      expect(within(length).getByRole('spinbutton', { name: 'Seconds' })).toHaveValue(4);
      vi.useRealTimers();
      await userEvent.setup().click(within(form).getByRole('button', { name: 'Save to my practice log' }));
      await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
      const { items } = await listPracticeLog(connection());
      expect(items).toEqual([expect.objectContaining({ id: onLogged.mock.calls[0]![0], seconds: 4, minutes: 0 })]);
    });

    it('says so when saving to the log is slow, keeping what was entered', async () => {
      const { onLogged } = await renderPlayer();
      click('Start');
      advance(4_000);
      click('Stop early');
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const save = practiceLogRepo.savePracticeLog;
      vi.spyOn(practiceLogRepo, 'savePracticeLog').mockImplementation(async (c, entry) => {
        await released;
        await save(c, entry);
      });
      const form = screen.getByRole('form', { name: 'Log this practice' });
      fireEvent.change(within(form).getByRole('textbox', { name: 'Note' }), { target: { value: 'Calmer after' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save to my practice log' }));
      await flush();
      expect(within(form).getByRole('button', { name: 'Saving…' })).toBeDisabled();
      advance(SLOW_AFTER_MS - 1);
      expect(screen.queryByText(STILL_SAVING)).not.toBeInTheDocument();
      advance(1);
      expect(within(form).getByText(STILL_SAVING)).toHaveAttribute('role', 'status');
      expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('Calmer after');
      vi.useRealTimers();
      release();
      await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
    });

    it('checks a corrected length before saving', async () => {
      const { onLogged } = await renderPlayer();
      click('Start');
      advance(4_000);
      click('Stop early');
      vi.useRealTimers();
      const user = userEvent.setup();
      const form = screen.getByRole('form', { name: 'Log this practice' });
      const minutes = within(form).getByRole('spinbutton', { name: 'Minutes' });
      const seconds = within(form).getByRole('spinbutton', { name: 'Seconds' });
      const save = within(form).getByRole('button', { name: 'Save to my practice log' });

      await user.clear(seconds);
      await user.type(seconds, '75');
      await user.click(save);
      expect(await within(form).findByText('Enter the seconds as a whole number from 0 to 59.')).toBeInTheDocument();
      expect(seconds).toHaveAttribute('aria-invalid', 'true');

      await user.clear(seconds);
      await user.type(seconds, '0');
      await user.click(save);
      expect(await within(form).findByText('Enter how long you practised: at least 1 second.')).toBeInTheDocument();
      expect(within(form).getByRole('group', { name: 'How long did you practise?' })).toHaveAccessibleDescription(
        'The time on the timer. Change it if it is not right. Enter how long you practised: at least 1 second.',
      );

      await user.clear(minutes);
      await user.type(minutes, '120');
      await user.type(seconds, '1');
      await user.click(save);
      expect(await within(form).findByText('Enter no more than 120 minutes in all.')).toBeInTheDocument();
      expect(onLogged).not.toHaveBeenCalled();

      await user.clear(minutes);
      await user.type(minutes, '1');
      await user.clear(seconds);
      await user.type(seconds, '30');
      await user.click(save);
      await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
      expect((await listPracticeLog(connection())).items).toEqual([expect.objectContaining({ seconds: 90, minutes: 2 })]);
    });

    it('cannot save in a read-only session', async () => {
      const { onLogged } = await renderPlayer();
      useSession.setState({ readOnly: true });
      click('Start');
      advance(60_000);
      expect(screen.getByRole('button', { name: 'Save to my practice log' })).toBeDisabled();
      expect(onLogged).not.toHaveBeenCalled();
    });
  });
});

describe('the practices screen', () => {
  function entry(overrides: Partial<PracticeLogEntry>): PracticeLogEntry {
    return {
      id: crypto.randomUUID(),
      date: '2020-01-06',
      loggedAt: '2020-01-06T12:00:00.000Z',
      practiceId: 'arrive',
      practiceTitle: ARRIVE_TITLE,
      minutes: 1,
      note: '',
      elementId: null,
      ...overrides,
    };
  }

  async function renderScreen() {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <PracticeScreen />
      </MemoryRouter>,
    );
    await screen.findByRole('list', { name: 'Guided practices' });
    return user;
  }

  it('lists the practices shortest first, each with its length, when it helps and a way to begin', async () => {
    await useSession.getState().start();
    await renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Practices' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Guided practices' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('1 minute · In the minute before a meeting');
    const begin = within(items[0]!).getByRole('link', { name: `Begin: ${ARRIVE_TITLE}` });
    expect(begin).toHaveAttribute('href', '/practice/arrive');
  });

  it('totals the time in all and this week, old records in minutes among new ones in seconds, and logs a practice done without the timer', async () => {
    await useSession.getState().start();
    const today = todayLocal();
    // Two records written before seconds were kept (minutes only), and two 4-second practices as logged today.
    await savePracticeLog(connection(), entry({ date: today, minutes: 5, elementId: 'attending', note: 'Before the huddle' }));
    await savePracticeLog(connection(), entry({ date: '2020-01-06', minutes: 10 }));
    await savePracticeLog(connection(), entry({ date: today, loggedAt: '2020-01-07T12:00:00.000Z', seconds: 4, minutes: 0, note: 'Quick one' }));
    await savePracticeLog(connection(), entry({ date: today, loggedAt: '2020-01-07T12:00:01.000Z', seconds: 4, minutes: 0, note: 'Another' }));
    const user = await renderScreen();
    const logSection = screen.getByRole('region', { name: 'Your practice log' });
    await waitFor(() => expect(logSection).toHaveTextContent(/In all\s*15 minutes 8 seconds\s*This week\s*5 minutes 8 seconds/));
    const logged = within(logSection).getByRole('list', { name: 'Logged practices, newest first' });
    expect(within(logged).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('under a minute'),
      expect.stringContaining('under a minute'),
      expect.stringMatching(/5 minutes.*Before the huddle/),
      expect.stringMatching(/6 January 2020.*10 minutes/),
    ]);

    const form = screen.getByRole('form', { name: 'Log a practice done without the timer' });
    expect(within(form).getByLabelText('Date')).toHaveValue(today);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Practice' }), 'Something else');
    await user.type(within(form).getByRole('textbox', { name: /What did you practise/ }), 'Walk by the river');
    const minutes = within(form).getByRole('spinbutton', { name: 'Minutes' });
    expect(within(form).getByRole('spinbutton', { name: 'Seconds' })).toHaveValue(0);
    await user.clear(minutes);
    await user.type(minutes, '121');
    await user.click(within(form).getByRole('button', { name: 'Save to my practice log' }));
    expect(await within(form).findByText('Enter the minutes as a whole number from 0 to 120.')).toBeInTheDocument();

    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Which element did this help?' })).getByRole('radio', { name: 'Helping' }));
    await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Cleared my head');
    await user.click(within(form).getByRole('button', { name: 'Save to my practice log' }));

    expect(await screen.findByText(/Saved to your practice log: Walk by the river, 20 minutes/)).toBeInTheDocument();
    await waitFor(() => expect(logSection).toHaveTextContent(/In all\s*35 minutes 8 seconds\s*This week\s*25 minutes 8 seconds/));
    const items = (await listPracticeLog(connection())).items;
    expect(items).toContainEqual(
      expect.objectContaining({ practiceId: null, practiceTitle: 'Walk by the river', seconds: 1200, minutes: 20, elementId: 'helping', note: 'Cleared my head', date: today }),
    );
    // The form is ready for another.
    const fresh = screen.getByRole('form', { name: 'Log a practice done without the timer' });
    expect(within(fresh).getByRole('textbox', { name: /Note/ })).toHaveValue('');
  });

  it('shows 20 sessions at a time, newest first', async () => {
    await useSession.getState().start();
    for (let day = 1; day <= 25; day += 1) {
      const date = `2020-02-${String(day).padStart(2, '0')}`;
      await savePracticeLog(connection(), entry({ date, loggedAt: `${date}T12:00:00.000Z`, practiceTitle: `Practice ${day}` }));
    }
    const user = await renderScreen();
    const logged = await screen.findByRole('list', { name: 'Logged practices, newest first' });
    let items = within(logged).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]).toHaveTextContent('25 February 2020 · Practice 25 · 1 minute');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    items = within(logged).getAllByRole('listitem');
    expect(items).toHaveLength(25);
    expect(items[20]).toHaveFocus();
    expect(items[24]).toHaveTextContent('1 February 2020 · Practice 1');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
