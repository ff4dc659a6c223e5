/**
 * `npm run bench`: measures Attune's production build against the figures of
 * TARGETS.md and prints ONE JSON object to stdout (progress goes to stderr),
 * also written to tests/bench/results/latest.json (git-ignored).
 *
 * Sizes come from dist/ directly; timings from headless Chromium on the
 * preview server, median of BENCH_RUNS runs (default 5) at native speed (x1)
 * and with 4× CPU throttling (x4, CDP Emulation.setCPUThrottlingRate), on a
 * profile seeded with "10 years of data" (seed-history.ts) where they need it,
 * including the Progress screen against its floor (measure-progress.ts) and
 * the backup of that decade and its restore on a fresh browser profile
 * (measure-backup.ts), and a coach taking in ten coachees' decades with the
 * coachee list and one coachee's dashboard after (measure-coaching.ts).
 * It reports figures only and asserts no timing: see docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from '../e2e/support/browser.ts';
import { startPreview } from '../e2e/support/server.ts';
import type { Rate } from './bench-browser.ts';
import { busyLoopMs, log, pageProblems, RATES, step, throttle, withBrowser } from './bench-browser.ts';
import { autosave } from './measure-autosave.ts';
import type { ExportRun, ImportRun } from './measure-backup.ts';
import { exportRun, importRun } from './measure-backup.ts';
import type { CoacheeImport } from './measure-coaching.ts';
import { coacheeDashboardRun, coacheeListRun, COACHEES, importAll, makeShareFiles } from './measure-coaching.ts';
import type { AutosaveSample, JournalRun } from './measure-journal.ts';
import { AUTOSAVE_BURST, journalAutosave, journalRun, KEY_DELAY_MS, PAGE_SIZE, SAVE_DELAY_MS, SEARCH_QUERY } from './measure-journal.ts';
import { lockFigures } from './measure-lock.ts';
import { fcpOffline, fcpOnline, warmStart } from './measure-loads.ts';
import { jsSizes, precacheSize, serviceWorkerScriptsSize } from './measure-sizes.ts';
import type { ProgressRun } from './measure-progress.ts';
import { chartChunkSize, chooseAllTime, progressRun, rawFloorInput } from './measure-progress.ts';
import { floorInput, floorPoints } from './progress-page.ts';
import { progressContext, progressRecords } from './progress-records.ts';
import { buildHistory, DECADE, historyRecords, PROFILE_SCHEMA_VERSION, readHistoryContent, seedHistory } from './seed-history.ts';
import { buildProgressView } from '../../src/domain/progress/progress-view.ts';
import type { Distribution, Spread } from './stats.ts';
import { distribution, round, spread } from './stats.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
process.chdir(repoRoot); // startPreview and the size helpers read dist/ relative to the working directory
const DIST = 'dist';
const RESULTS = join(here, 'results', 'latest.json');
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 5);
const AUTOSAVE_ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_AUTOSAVE_ROUNDS ?? '5', 10) || 5);
const WATCHDOG_MS = 30 * 60 * 1000;

type PerRate<T> = Record<`x${Rate}`, T>;

/** TARGETS.md, beside each figure (KB = 1024 bytes, as scripts/check-bundle-size.ts). */
const TARGETS = {
  firstScreenJsGzipBytes: { max: 110 * 1024, text: '≤ 110 KB gzip' },
  precacheGzipBytes: { max: 400 * 1024, text: '≤ 400 KB gzip (TARGETS.md), charts included' },
  fcpOfflineMs: { x4: 500, text: '≤ 500 ms at x4' },
  warmStartHomeUsableMs: { x4: 1000, text: '≤ 1.0 s at x4, 10 years of data' },
  autosaveMs: { x4p95: 20, text: 'p95 ≤ 20 ms at x4, 10 years of data' },
  journalListMs: { x4: 50, text: '≤ 50 ms at x4, journal list first screen (never render thousands of rows), 10 years of data' },
  journalSearchMs: { x4p95: 50, text: '≤ 50 ms at x4 per keystroke, after unlock, 10 years of data (applied to the p95)' },
  journalAutosaveMs: { x4p95: 20, text: 'p95 ≤ 20 ms at x4, autosave of one keystroke burst, 10 years of data' },
  unlockMs: { min: 250, max: 1000, text: '250–1,000 ms, key derivation off the main thread' },
  wipeMs: { max: 2000, text: '≤ 2 s for one profile' },
  progressFirstChartMs: { x4: 250, text: '≤ 250 ms at x4, Progress to its summaries and first chart, 10 years of data' },
  progressAllChartsMs: { x4: 1000, text: '≤ 1 s at x4, Progress to every chart drawn, 10 years of data' },
  progressLongestTaskMs: { max: 200, text: '≤ 200 ms, the longest main-thread task until every chart is drawn' },
  backupExportMs: { x1: 2000, x4: 4000, text: '≤ 2 s at x1, ≤ 4 s at x4, full export of 10 years of data' },
  backupFileBytes: { max: 2 * 1024 * 1024, text: '≤ 2 MB, the backup file of 10 years of data (MB = 1024² bytes)' },
  backupImportMs: { x1: 2000, x4: 4000, text: '≤ 2 s at x1, ≤ 4 s at x4, validated all-or-nothing import of 10 years of data' },
  backupLongestTaskMs: { max: 200, text: '≤ 200 ms, the longest main-thread task during export or import' },
  coachingImportMs: { x4: 15_000, text: '≤ 15 s at x4 with progress shown, ten coachees\' decades (≈ 40,000 records) taken into a coach space' },
  coachingLongestTaskMs: { max: 200, text: '≤ 200 ms, the longest main-thread task while importing the ten' },
  coacheeListMs: { text: 'opens instantly (issue 14; no figure): a fresh load of /coach until all ten coachees are listed' },
  coacheeDashboardMs: { text: 'no figure of its own: one coachee\'s review until every chart of their dashboard is drawn (compare progressAllChartsMs)' },
};

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function buildFingerprint(): string {
  return createHash('sha256').update(readFileSync(join(DIST, 'sw.js'))).digest('hex').slice(0, 12);
}

/** Runs `measure` RUNS times per rate, alternating rates so drift on the machine affects both alike. */
async function timings(name: string, measure: (rate: Rate, run: number) => Promise<number>): Promise<PerRate<Spread>> {
  const samples: Record<Rate, number[]> = { 1: [], 4: [] };
  for (let run = 1; run <= RUNS; run++) {
    for (const rate of RATES) {
      const value = await step(`${name} x${rate} run ${run}`, () => measure(rate, run));
      samples[rate].push(value);
      log(`${name} x${rate} run ${run}/${RUNS}: ${value.toFixed(1)} ms`);
    }
  }
  return { x1: spread(samples[1]), x4: spread(samples[4]) };
}

const medians = (s: PerRate<Spread>): PerRate<number> => ({ x1: s.x1.median, x4: s.x4.median });

/** The Progress screen's figures, RUNS per rate alternating as `timings` does, each sample one Chromium run. */
async function progressTimings(measure: (rate: Rate, run: number) => Promise<ProgressRun>): Promise<Record<Rate, ProgressRun[]>> {
  const samples: Record<Rate, ProgressRun[]> = { 1: [], 4: [] };
  for (let run = 1; run <= RUNS; run++) {
    for (const rate of RATES) {
      const value = await step(`progress x${rate} run ${run}`, () => measure(rate, run));
      samples[rate].push(value);
      log(
        `progress x${rate} run ${run}/${RUNS}: summaries ${value.summariesMs.toFixed(1)}, first chart ${value.firstChartMs.toFixed(1)}, ` +
          `all charts ${value.allChartsMs.toFixed(1)}, longest task ${value.longestTaskMs.toFixed(1)} ms; floor ${value.floor.ms.toFixed(1)} ms (raw ${value.floorRaw.ms.toFixed(1)} ms)`,
      );
    }
  }
  return samples;
}

const perRate = (samples: Record<Rate, ProgressRun[]>, pick: (run: ProgressRun) => number): PerRate<Spread> => ({
  x1: spread(samples[1].map(pick)),
  x4: spread(samples[4].map(pick)),
});

async function main(): Promise<void> {
  const began = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  const warnings: string[] = [];
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, '.vite', 'manifest.json')) || !existsSync(join(DIST, 'sw.js'))) {
    throw new Error('No complete production build in dist/ (index.html, .vite/manifest.json, sw.js): run `npm run build` first');
  }
  const fingerprint = buildFingerprint();

  log('sizes from dist/');
  const { firstScreenJs, homeUsableJs } = jsSizes(DIST);
  const precache = precacheSize(DIST);
  const swScripts = serviceWorkerScriptsSize(DIST);

  const content = readHistoryContent();
  const questionnaire = content.assessment;
  const history = buildHistory(content);
  const journalTotal = history.journal.length;

  const { server, origin } = await startPreview();
  log(`preview server on ${origin}; ${RUNS} runs per timing, ${AUTOSAVE_ROUNDS} autosave rounds per rate`);
  const seededDir = newUserDataDir();
  try {
    // Calibration: confirms the throttle set on the blank page survives the first navigation, as the FCP runs need.
    const calibration = await step('calibration', () =>
      withBrowser(undefined, async ({ context, page }) => {
        const cdp = await throttle(context, page, 4);
        const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
        await page.goto(origin + '/');
        const x4 = await busyLoopMs(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.goto(origin + '/settings');
        const x1 = await busyLoopMs(page);
        return { product, x1, x4 };
      }),
    );
    const throttleRatio = calibration.x4 / calibration.x1;
    log(`calibration: busy loop ${calibration.x1.toFixed(1)} ms at x1, ${calibration.x4.toFixed(1)} ms at x4 (×${throttleRatio.toFixed(2)})`);
    if (throttleRatio < 2) warnings.push(`CPU throttling looks ineffective: a busy loop ran only ×${throttleRatio.toFixed(2)} slower at x4`);

    const fcpOnlineMs = await timings('fcpOnline', (rate, run) => fcpOnline(origin, rate, run));
    const fcpOfflineMs = await timings('fcpOffline', (rate, run) => fcpOffline(origin, rate, run));

    log(
      `seeding 10 years: ${history.responses.length} results, ${journalTotal} journal entries, ${history.practiceLog.length} practice sessions, ` +
        `${history.intentions.length} intentions, ${history.weeklyReflections.length} weekly reflections, 1 draft (${historyRecords(history)} records)`,
    );
    const seedStart = Date.now();
    const seeded = await step('seeding', () =>
      withBrowser(seededDir, async ({ page }) => {
        const counts = await seedHistory(page, origin, history);
        await waitForServiceWorkerControl(page); // warm starts are served by the service worker, as for a returning user
        return counts;
      }),
    );
    const seedS = (Date.now() - seedStart) / 1000;
    log(`seeded profile ${seeded.profileId} (IndexedDB version ${seeded.idbVersion}, schema ${JSON.stringify(seeded.schema)}) in ${seedS.toFixed(1)} s: ${JSON.stringify(seeded.stores)}`);

    const warmFcp: Record<Rate, number[]> = { 1: [], 4: [] };
    const warmStartHomeUsableMs = await timings('warmStart', async (rate, run) => {
      const { homeReady, fcp } = await warmStart(origin, seededDir, history, rate, run);
      warmFcp[rate].push(fcp);
      return homeReady;
    });

    // Progress (issue 12), on the seeded decade with 'All time' chosen, against the same series drawn as bare SVG paths.
    const clock = await step('progress: choosing All time', () => chooseAllTime(origin, seededDir));
    const progressView = buildProgressView(progressRecords(history), progressContext(new Date(clock.now), clock.timeZone), 'all');
    const floor = floorInput(progressView);
    const floorRaw = rawFloorInput(progressRecords(history));
    const progressSamples = await progressTimings((rate, run) => progressRun(origin, seededDir, floor, floorRaw, rate, run));
    const progressSummariesMs = perRate(progressSamples, (r) => r.summariesMs);
    const progressFirstChartMs = perRate(progressSamples, (r) => r.firstChartMs);
    const progressAllChartsMs = perRate(progressSamples, (r) => r.allChartsMs);
    const progressLongestTaskMs = perRate(progressSamples, (r) => r.longestTaskMs);
    const progressDrawingMs = perRate(progressSamples, (r) => r.allChartsMs - r.summariesMs);
    const progressFloorMs = perRate(progressSamples, (r) => r.floor.ms);
    const progressFloorRawMs = perRate(progressSamples, (r) => r.floorRaw.ms);
    const floorRatio = (rate: 'x1' | 'x4') => round(progressDrawingMs[rate].median / Math.max(0.1, progressFloorMs[rate].median), 1);
    const chartChunk = chartChunkSize(DIST);

    const autosaveSamples: Partial<Record<Rate, number[]>> = {};
    for (const rate of RATES) {
      log(`autosave x${rate}: ${AUTOSAVE_ROUNDS} rounds of answering every item`);
      autosaveSamples[rate] = await autosave(origin, seededDir, questionnaire, rate, AUTOSAVE_ROUNDS);
    }
    const autosaveMs: PerRate<Distribution> = { x1: distribution(autosaveSamples[1]!), x4: distribution(autosaveSamples[4]!) };

    // The journal: list first screen, search per keystroke, on 3,650 entries (before the journal autosave changes any).
    const journalRuns: Record<Rate, JournalRun[]> = { 1: [], 4: [] };
    const journalListMs = await timings('journalList', async (rate, run) => {
      const result = await journalRun(origin, seededDir, journalTotal, rate, run);
      journalRuns[rate].push(result);
      log(
        `journal x${rate} run ${run}: load ${result.loadMs.toFixed(1)} ms, rows ${JSON.stringify(result.rows)}, ` +
          `search p50 ${distribution(result.searchMs).p50} ms over ${result.searchMs.length} keys, ${result.matches} matches; from Today:`,
      );
      return result.inAppMs;
    });
    const journalListLoadMs = { x1: spread(journalRuns[1].map((r) => r.loadMs)), x4: spread(journalRuns[4].map((r) => r.loadMs)) };
    const journalSearchMs: PerRate<Distribution> = {
      x1: distribution(journalRuns[1].flatMap((r) => r.searchMs)),
      x4: distribution(journalRuns[4].flatMap((r) => r.searchMs)),
    };
    const allJournalRuns = [...journalRuns[1], ...journalRuns[4]];
    const journalListRows = {
      pageSize: PAGE_SIZE,
      entries: journalTotal,
      maxWhenReady: Math.max(...allJournalRuns.map((r) => r.rows.ready)),
      maxWithAllInMemory: Math.max(...allJournalRuns.map((r) => r.rows.indexed)),
      maxAfterSearch: Math.max(...allJournalRuns.map((r) => r.rows.searched)),
      searchMatches: allJournalRuns[0]!.matches,
    };

    const journalAutosaveSamples: Partial<Record<Rate, AutosaveSample[]>> = {};
    for (const rate of RATES) {
      log(`journal autosave x${rate}: ${AUTOSAVE_ROUNDS} bursts of ${AUTOSAVE_BURST.length} keys`);
      journalAutosaveSamples[rate] = await step(`journal autosave x${rate}`, () => journalAutosave(origin, seededDir, journalTotal, rate, AUTOSAVE_ROUNDS));
    }
    const saves = (rate: Rate) => journalAutosaveSamples[rate]!.flatMap((s) => (s.saveMs === null ? [] : [s.saveMs]));
    const journalAutosaveMs: PerRate<Distribution> = { x1: distribution(saves(1)), x4: distribution(saves(4)) };
    const journalAutosaveMeasureMs: PerRate<Distribution> = {
      x1: distribution(journalAutosaveSamples[1]!.map((s) => s.measureMs)),
      x4: distribution(journalAutosaveSamples[4]!.map((s) => s.measureMs)),
    };

    // Shared tablets, on a fresh profile holding the same 10 years of every record kind.
    const lock = await step('lock (10 years)', () => lockFigures(origin, history, RUNS));
    const unlockMs = { x1: spread(lock.unlockMs[1]), x4: spread(lock.unlockMs[4]) };

    // Backup and restore (issue 13): export of the seeded decade, then its file restored in a fresh browser profile.
    const backupFile = join(mkdtempSync(join(os.tmpdir(), 'attune-bench-backup-')), 'decade.json');
    const exportRuns: Record<Rate, ExportRun[]> = { 1: [], 4: [] };
    const importRuns: Record<Rate, ImportRun[]> = { 1: [], 4: [] };
    try {
      await timings('backupExport', async (rate, run) => {
        const result = await exportRun(origin, seededDir, rate, run, run === 1 && rate === 1 ? backupFile : undefined);
        exportRuns[rate].push(result);
        log(`backup export x${rate} run ${run}: ${result.fileBytes} bytes, longest task ${result.longestTaskMs.toFixed(1)} ms`);
        return result.ms;
      });
      await timings('backupImport', async (rate, run) => {
        const result = await importRun(origin, backupFile, rate, run);
        importRuns[rate].push(result);
        log(`backup import x${rate} run ${run}: open ${result.openMs.toFixed(1)}, write ${result.writeMs.toFixed(1)}, longest task ${result.longestTaskMs.toFixed(1)} ms`);
        return result.ms;
      });
    } finally {
      rmSync(dirname(backupFile), { recursive: true, force: true });
    }
    const backupSpread = <T>(runs: Record<Rate, T[]>, pick: (run: T) => number): PerRate<Spread> => ({ x1: spread(runs[1].map(pick)), x4: spread(runs[4].map(pick)) });
    const backupExportMs = backupSpread(exportRuns, (r) => r.ms);
    const backupExportLongestTaskMs = backupSpread(exportRuns, (r) => r.longestTaskMs);
    const backupImportMs = backupSpread(importRuns, (r) => r.ms);
    const backupImportOpenMs = backupSpread(importRuns, (r) => r.openMs);
    const backupImportWriteMs = backupSpread(importRuns, (r) => r.writeMs);
    const backupImportLongestTaskMs = backupSpread(importRuns, (r) => r.longestTaskMs);
    const backupFileBytes = exportRuns[1][0]!.fileBytes;

    // Coaching (issue 14): ten leaders' decades as share files, taken into a fresh coach space at x4; then its coachee list and one coachee's dashboard.
    const shareDir = mkdtempSync(join(os.tmpdir(), 'attune-bench-shares-'));
    const coachDir = newUserDataDir();
    let coachingImports: CoacheeImport[];
    let coacheeListMs: PerRate<Spread>;
    let coacheeDashboardMs: PerRate<Spread>;
    let coacheeDashboardLongestTaskMs: PerRate<Spread>;
    let shareFiles: Awaited<ReturnType<typeof makeShareFiles>>;
    try {
      shareFiles = await step('coaching: making the shares', () => makeShareFiles(content, shareDir, new Date()));
      coachingImports = await step('coaching import x4', () => importAll(origin, coachDir, shareFiles, 4));
      coacheeListMs = await timings('coacheeList', (rate) => coacheeListRun(origin, coachDir, COACHEES, rate));
      const dashboardTasks: Record<Rate, number[]> = { 1: [], 4: [] };
      coacheeDashboardMs = await timings('coacheeDashboard', async (rate, run) => {
        const result = await coacheeDashboardRun(origin, coachDir, shareFiles[0]!.linkId, rate, run);
        dashboardTasks[rate].push(result.longestTaskMs);
        return result.ms;
      });
      coacheeDashboardLongestTaskMs = { x1: spread(dashboardTasks[1]), x4: spread(dashboardTasks[4]) };
    } finally {
      removeUserDataDir(coachDir);
      rmSync(shareDir, { recursive: true, force: true });
    }
    const coachingImportMs = round(coachingImports.reduce((n, r) => n + r.ms, 0));
    const coachingLongestTaskMs = Math.max(0, ...coachingImports.map((r) => r.longestTaskMs));

    const loadAtEnd = os.loadavg()[0]!;
    if (Math.max(loadAtStart, loadAtEnd) > os.availableParallelism()) {
      warnings.push(`the machine was busy (1-minute load ${round(loadAtStart, 2)} at start, ${round(loadAtEnd, 2)} at end, on ${os.availableParallelism()} CPUs): timings are inflated and noisy`);
    }
    if (buildFingerprint() !== fingerprint) warnings.push('dist/ was rebuilt while the bench ran: figures may mix two builds');
    if (fcpOfflineMs.x4.median > TARGETS.fcpOfflineMs.x4) warnings.push('fcpOfflineMs x4 is over its target');
    if (warmStartHomeUsableMs.x4.median > TARGETS.warmStartHomeUsableMs.x4) warnings.push('warmStartHomeUsableMs x4 is over its target');
    if (autosaveMs.x4.p95 > TARGETS.autosaveMs.x4p95) warnings.push('autosaveMs x4 p95 is over its target');
    if (journalListMs.x4.median > TARGETS.journalListMs.x4) warnings.push('journalListMs x4 is over its target');
    if (journalListRows.maxWhenReady > PAGE_SIZE || journalListRows.maxWithAllInMemory > PAGE_SIZE || journalListRows.maxAfterSearch > PAGE_SIZE) {
      warnings.push(`the journal list rendered more than ${PAGE_SIZE} rows`);
    }
    if (journalSearchMs.x4.p95 > TARGETS.journalSearchMs.x4p95) warnings.push('journalSearchMs x4 p95 is over its target');
    if (journalAutosaveMs.x4.p95 > TARGETS.journalAutosaveMs.x4p95) warnings.push('journalAutosaveMs x4 p95 is over its target');
    if (unlockMs.x1.median > 1000 || unlockMs.x1.median < 250) warnings.push('unlockMs x1 is outside its 250–1,000 ms target');
    if (lock.wipeMs > 2000) warnings.push('wipeMs for 10 years of data is over its 2 s target');
    if (firstScreenJs.gzipBytes > TARGETS.firstScreenJsGzipBytes.max) warnings.push('firstScreenJs is over its target');
    if (precache.gzipBytes > TARGETS.precacheGzipBytes.max) warnings.push('precacheGzipBytes is over its target');
    if (progressFirstChartMs.x4.median > TARGETS.progressFirstChartMs.x4) warnings.push('progressFirstChartMs x4 is over its target');
    if (progressAllChartsMs.x4.median > TARGETS.progressAllChartsMs.x4) warnings.push('progressAllChartsMs x4 is over its target');
    if (progressLongestTaskMs.x4.max > TARGETS.progressLongestTaskMs.max) warnings.push('progressLongestTaskMs x4: a run had a task over 200 ms');
    if (!chartChunk.precached) warnings.push('the chart chunk is not all in the service worker precache');
    if (backupExportMs.x1.median > TARGETS.backupExportMs.x1 || backupExportMs.x4.median > TARGETS.backupExportMs.x4) warnings.push('backupExportMs is over its target');
    if (backupFileBytes > TARGETS.backupFileBytes.max) warnings.push('backupFileBytes is over its target');
    if (backupImportMs.x1.median > TARGETS.backupImportMs.x1 || backupImportMs.x4.median > TARGETS.backupImportMs.x4) warnings.push('backupImportMs is over its target');
    if (Math.max(backupExportLongestTaskMs.x4.max, backupImportLongestTaskMs.x4.max) > TARGETS.backupLongestTaskMs.max) warnings.push('backup: a run had a main-thread task over 200 ms');
    if (coachingImportMs > TARGETS.coachingImportMs.x4) warnings.push('coachingImportMs (ten coachees at x4) is over its target');
    if (coachingLongestTaskMs > TARGETS.coachingLongestTaskMs.max) warnings.push('coaching: an import had a main-thread task over 200 ms');
    if (coachingImports.some((r) => !r.progressShown)) warnings.push('coaching: an import showed no progress bar or busy status');

    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(os.totalmem() / 2 ** 30, 1),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium: calibration.product,
        loadAverage1m: { start: round(loadAtStart, 2), end: round(loadAtEnd, 2) },
      },
      build: { commit: git(['rev-parse', '--short', 'HEAD']), dirtyTree: (git(['status', '--porcelain']) ?? '') !== '', swSha256: fingerprint },
      runs: RUNS,
      firstScreenJs,
      homeUsableJs,
      precacheGzipBytes: precache.gzipBytes,
      precacheEntries: precache.entries,
      fcpOnlineMs: medians(fcpOnlineMs),
      fcpOfflineMs: medians(fcpOfflineMs),
      warmStartHomeUsableMs: medians(warmStartHomeUsableMs),
      autosaveMs,
      journalListMs: medians(journalListMs),
      journalListLoadMs: medians(journalListLoadMs),
      journalListRows,
      journalSearchMs,
      journalAutosaveMs,
      unlockMs: medians(unlockMs),
      wipeMs: { records: lock.records, ms: lock.wipeMs },
      setPassphraseMs: { records: lock.records, ms: lock.encryptMs },
      progressSummariesMs: medians(progressSummariesMs),
      progressFirstChartMs: medians(progressFirstChartMs),
      progressAllChartsMs: medians(progressAllChartsMs),
      progressLongestTaskMs: medians(progressLongestTaskMs),
      progressFloorMs: medians(progressFloorMs),
      progressFloorRatio: { x1: floorRatio('x1'), x4: floorRatio('x4') },
      backupExportMs: medians(backupExportMs),
      backupFileBytes,
      backupImportMs: medians(backupImportMs),
      backupExportLongestTaskMs: medians(backupExportLongestTaskMs),
      backupImportLongestTaskMs: medians(backupImportLongestTaskMs),
      coachingImportMs: { x4: coachingImportMs },
      coachingLongestTaskMs: { x4: coachingLongestTaskMs },
      coacheeListMs: medians(coacheeListMs),
      coacheeDashboardMs: medians(coacheeDashboardMs),
      chartChunk: { rawBytes: chartChunk.rawBytes, gzipBytes: chartChunk.gzipBytes, files: chartChunk.files, precached: chartChunk.precached },
      spread: {
        fcpOnlineMs,
        fcpOfflineMs,
        warmStartHomeUsableMs,
        journalListMs,
        journalListLoadMs,
        unlockMs,
        progressSummariesMs,
        progressFirstChartMs,
        progressAllChartsMs,
        progressLongestTaskMs,
        progressDrawingMs,
        progressFloorMs,
        backupExportMs,
        backupExportLongestTaskMs,
        backupImportMs,
        backupImportOpenMs,
        backupImportWriteMs,
        backupImportLongestTaskMs,
        coacheeListMs,
        coacheeDashboardMs,
        coacheeDashboardLongestTaskMs,
      },
      details: {
        coaching: {
          coachees: COACHEES,
          encrypted: true,
          records: shareFiles.reduce((n, f) => n + f.records, 0),
          recordsPerShare: shareFiles.map((f) => f.records),
          fileBytes: shareFiles.map((f) => f.bytes),
          perImportMsX4: spread(coachingImports.map((r) => r.ms)),
          openMsX4: spread(coachingImports.map((r) => r.openMs)),
          writeMsX4: spread(coachingImports.map((r) => r.writeMs)),
          longestTaskMsX4: coachingImports.map((r) => r.longestTaskMs),
          progressShown: coachingImports.map((r) => r.progressShown),
        },
        precacheRawBytes: precache.rawBytes,
        precacheLargest: precache.files.slice(0, 5),
        serviceWorkerScripts: swScripts,
        history: {
          targetsDecade: DECADE,
          stores: seeded.stores,
          drafts: seeded.drafts,
          records: historyRecords(history),
          journalTextChars: round(history.journal.reduce((n, row) => n + row.payload.data.text.length, 0) / journalTotal, 0),
          profileSchemaVersion: PROFILE_SCHEMA_VERSION,
          idbVersion: seeded.idbVersion,
          metaSchemaRow: seeded.schema,
          seedingS: round(seedS),
        },
        warmStartFcpMs: { x1: spread(warmFcp[1]), x4: spread(warmFcp[4]) },
        autosaveRoundsPerRate: AUTOSAVE_ROUNDS,
        journalSearch: {
          query: SEARCH_QUERY,
          keysPerRun: SEARCH_QUERY.length,
          firstKeyMs: { x1: spread(journalRuns[1].map((r) => r.searchMs[0]!)), x4: spread(journalRuns[4].map((r) => r.searchMs[0]!)) },
          laterKeysMs: {
            x1: distribution(journalRuns[1].flatMap((r) => r.searchMs.slice(1))),
            x4: distribution(journalRuns[4].flatMap((r) => r.searchMs.slice(1))),
          },
        },
        journalAutosave: {
          burst: AUTOSAVE_BURST,
          keys: AUTOSAVE_BURST.length,
          keyDelayMs: KEY_DELAY_MS,
          saveDelayMs: SAVE_DELAY_MS,
          bursts: AUTOSAVE_ROUNDS,
          measureWithWaitMs: journalAutosaveMeasureMs,
          measuresWithoutTimer: { x1: journalAutosaveSamples[1]!.filter((s) => s.saveMs === null).length, x4: journalAutosaveSamples[4]!.filter((s) => s.saveMs === null).length },
        },
        throttleCheck: { busyLoopX1Ms: round(calibration.x1), busyLoopX4Ms: round(calibration.x4), ratio: round(throttleRatio, 2) },
        progress: {
          range: 'all',
          timeZone: clock.timeZone,
          aggregation: progressView.trend.aggregation,
          method: progressView.trend.method,
          results: progressView.trend.counts,
          presenceChecks: progressView.gaps.counts.checks,
          practiceBuckets: progressView.practice.buckets.length,
          weeks: progressView.weeks.total,
          floorPoints: floorPoints(floor),
          floorPaths: progressSamples[1][0]!.floor.paths,
          drawingMs: { x1: progressDrawingMs.x1, x4: progressDrawingMs.x4 },
          longTasksBeforeAllCharts: { x1: progressSamples[1].map((r) => r.longTasks), x4: progressSamples[4].map((r) => r.longTasks) },
          rawFloor: { what: 'four lines of every pulse (no aggregation) and a two-shape radar', points: floorPoints(floorRaw), ms: medians(progressFloorRawMs) },
          chartChunkHoldingRecharts: chartChunk.holdingRecharts,
          chartChunkDrawings: chartChunk.drawings,
        },
      },
      pageProblems: Object.fromEntries(pageProblems),
      targets: TARGETS,
      warnings,
      durationS: round((Date.now() - began) / 1000),
    };

    const json = JSON.stringify(result, null, 2);
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, json + '\n');
    log(`done in ${result.durationS} s; written to ${relative(repoRoot, RESULTS)}`);
    for (const warning of warnings) log(`warning: ${warning}`);
    process.stdout.write(json + '\n');
  } finally {
    removeUserDataDir(seededDir);
    await server.close();
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 60000} minutes (something is stuck); browsers are closed on exit.`);
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => clearTimeout(watchdog),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
    clearTimeout(watchdog);
  },
);
