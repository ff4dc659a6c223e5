/**
 * Tables on a phone: at 320 and 390 px wide, in light and dark, the results
 * and history screens never scroll sideways, and every table cell's text
 * lies wholly inside the viewport and inside any container that clips it
 * (a table that scrolls inside its own box hides columns as surely as one
 * that runs off the page). On a narrow screen each row stacks as a card;
 * Chromium must still expose it as a table of rows, headers and cells.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { SELF_ASSESSMENT_PATH, takeWholeAssessment, takeWholeQuestionnaire } from './support/assessment-page.ts';

const origin = inject('origin');
const PRESENCE_PATH = '/assess/leadership-presence';
const PULSE_PATH = '/assess/weekly-pulse';

interface Layout {
  cells: number;
  problems: string[];
}

/** Sideways scrolling of the page, and any table cell's text outside the viewport or clipped by a scrolling or hidden-overflow ancestor. */
function tableLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const viewport = window.innerWidth;
    let cells = 0;
    for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
      const box = cell.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue; // visually hidden (a header row that the cards repeat as labels)
      cells += 1;
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = cell.textContent?.trim() ?? '';
      const rects = [box, ...Array.from(range.getClientRects())].filter((r) => r.width > 0);
      for (const rect of rects) {
        if (rect.left < -0.5 || rect.right > viewport + 0.5) problems.push(`"${text}" runs outside the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport})`);
        for (let up = cell.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX === 'visible') continue;
          const clip = up.getBoundingClientRect();
          if (rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5) problems.push(`"${text}" is clipped by ${up.tagName.toLowerCase()}.${up.className}`);
        }
      }
    }
    return { cells, problems: [...new Set(problems)] };
  });
}

/** Chromium's own accessibility tree (what a screen reader is given): the roles, counted, and the names of the cells. */
async function accessibilityTree(session: Session): Promise<{ roles: Record<string, number>; cellNames: string[] }> {
  const cdp = await session.context.newCDPSession(session.page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
  await cdp.detach();
  const roles: Record<string, number> = {};
  const cellNames: string[] = [];
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || !role) continue;
    roles[role] = (roles[role] ?? 0) + 1;
    if (role === 'cell' || role === 'gridcell') cellNames.push(node.name?.value ?? '');
  }
  return { roles, cellNames };
}

describe('tables on a narrow screen', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  const pages: Array<{ name: string; path: string }> = [];

  beforeAll(async () => {
    session = await launch(userDataDir);
    const { page } = session;
    // Two self-assessments (so there is a change since last time), two presence checks (gaps and their change) and a pulse.
    for (const option of [1, 3]) {
      await page.goto(origin + SELF_ASSESSMENT_PATH);
      const url = await takeWholeAssessment(page, option);
      if (option === 3) pages.push({ name: 'the self-assessment result', path: new URL(url).pathname });
    }
    for (const actual of [1, 2]) {
      await page.goto(origin + PRESENCE_PATH);
      const url = await takeWholeQuestionnaire(page, (group) => (group % 2 === 0 ? 4 : actual));
      if (actual === 2) pages.push({ name: 'the presence result', path: new URL(url).pathname });
    }
    await page.goto(origin + PULSE_PATH);
    pages.push({ name: 'the pulse result', path: new URL(await takeWholeQuestionnaire(page, () => 2)).pathname });
    pages.push({ name: 'the self-assessment history', path: '/history/compassionate-leadership' });
    pages.push({ name: 'the presence history', path: '/history/leadership-presence' });
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
    expect(foreignRequests(session.requests, origin)).toEqual([]);
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    it.each([320, 390])('at %i px, every table is read without sideways scrolling', async (width) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      for (const { name, path } of pages) {
        await page.goto(origin + path);
        await page.getByRole('table').first().waitFor();
        await page.waitForLoadState('networkidle');
        const layout = await tableLayout(page);
        expect(layout.cells, name).toBeGreaterThan(8);
        expect(layout.problems, name).toEqual([]);
        expect(await axeViolations(page), name).toEqual([]);
      }
    });
  });

  it('keeps table semantics in Chromium when the rows stack as cards, without saying each label twice', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    for (const { name, path } of pages) {
      await page.goto(origin + path);
      await page.getByRole('table').first().waitFor();
      const dom = await page.evaluate(() => ({
        tables: document.querySelectorAll('table').length,
        columnHeaders: document.querySelectorAll('th[scope="col"]').length,
        rowHeaders: document.querySelectorAll('th[scope="row"]').length,
        cells: document.querySelectorAll('td').length,
        rows: document.querySelectorAll('tr').length,
        cellTexts: Array.from(document.querySelectorAll('td'), (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      }));
      const { roles, cellNames } = await accessibilityTree(session);
      expect(roles.table, name).toBe(dom.tables);
      expect(roles.row, name).toBe(dom.rows);
      expect(roles.columnheader, name).toBe(dom.columnHeaders);
      expect(roles.rowheader, name).toBe(dom.rowHeaders);
      expect((roles.cell ?? 0) + (roles.gridcell ?? 0), name).toBe(dom.cells);
      // The column's name shown beside each value is for the eye; a screen reader already hears the column header.
      expect(cellNames.map((cell) => cell.replace(/\s+/g, ' ').trim()), name).toEqual(dom.cellTexts);
    }
  });

  it('switches at one width: below 40rem the rows stack and the navigation is a bottom bar, from 40rem neither', async () => {
    const { page } = session;
    const layoutAt = async (width: number) => {
      await page.setViewportSize({ width, height: 800 });
      return page.evaluate(() => ({
        rowsStacked: getComputedStyle(document.querySelector('.stacked-table tbody tr')!).display === 'block',
        navAtBottom: getComputedStyle(document.querySelector('nav[aria-label="Main"]')!).position === 'fixed',
      }));
    };
    const [first] = pages;
    await page.goto(origin + first!.path);
    await page.getByRole('table').first().waitFor();
    expect(await layoutAt(639)).toEqual({ rowsStacked: true, navAtBottom: true });
    expect(await layoutAt(640)).toEqual({ rowsStacked: false, navAtBottom: false });
  });

  it('makes a table’s region a tab stop only when it scrolls: never on a phone, where the rows stack', async () => {
    const { page } = session;
    const regions = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[role="region"]:has(> table)'), (el) => ({
          name: el.getAttribute('aria-label'),
          overflows: el.scrollWidth > el.clientWidth,
          tabStop: el.tabIndex >= 0,
        })),
      );
    for (const { name, path } of pages) {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(origin + path);
      await page.getByRole('table').first().waitFor();
      await page.waitForLoadState('networkidle');
      const narrow = await regions();
      expect(narrow.length, name).toBeGreaterThan(0);
      expect(narrow.filter((r) => r.tabStop || r.overflows), name).toEqual([]);
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const wide = await regions();
      expect(wide.filter((r) => r.tabStop !== r.overflows), name).toEqual([]);
      expect(await axeViolations(page), name).toEqual([]);
    }
  });
});
