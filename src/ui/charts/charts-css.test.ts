/**
 * The chart colours read against the page in light and dark: every
 * --chart-* colour in charts.css has at least 3:1 contrast (WCAG 1.4.11,
 * graphics) against --surface, the charts' background, from styles.css, in
 * both schemes, dark mode sets every colour light mode does, and print
 * sets them all back to the light ones.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const charts = readFileSync(join(here, 'charts.css'), 'utf8');
const styles = readFileSync(join(here, '../styles.css'), 'utf8');

/** The custom properties of the first `:root` block after `from` in `css`. */
function rootColours(css: string, from = 0): Record<string, string> {
  const start = css.indexOf(':root', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function schemes(css: string) {
  return { light: rootColours(css), dark: rootColours(css, css.indexOf('prefers-color-scheme: dark')) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('chart colours', () => {
  const chart = schemes(charts);
  const page = schemes(styles);

  it('works out contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('sets the same colours in dark mode as in light', () => {
    expect(Object.keys(chart.light).length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(chart.dark).sort()).toEqual(Object.keys(chart.light).sort());
  });

  it('prints with the light colours, also from dark mode (dark lines are for a dark screen, not white paper)', () => {
    const print = rootColours(charts, charts.indexOf('@media print'));
    expect(charts.indexOf('@media print')).toBeGreaterThan(charts.indexOf('prefers-color-scheme: dark'));
    expect(print).toEqual(chart.light);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`gives every chart colour at least 3:1 against the surface in ${scheme} mode`, () => {
      const surface = page[scheme]['--surface']!;
      expect(surface).toMatch(/^#/);
      const weak = Object.entries(chart[scheme]).filter(([, colour]) => contrast(colour, surface) < 3);
      expect(weak).toEqual([]);
    });
  }
});
