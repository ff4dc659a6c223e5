/**
 * recharts stays out of every screen that does not draw a chart: nothing that
 * src/ui/charts/index.ts imports statically (following relative imports,
 * skipping `import type` and dynamic import()) imports recharts, and in all
 * of src only the drawings under src/ui/charts/drawings/ do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '../..');

/** The specifiers a module imports at load time: static imports and re-exports, not `import type` and not import(). */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function staticGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers = staticImports(readFileSync(file, 'utf8'));
    graph.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith('.') && /\.(ts|tsx)$/.test(specifier)) visit(join(dirname(file), specifier));
  };
  visit(entry);
  return graph;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the chart library stays in its own chunk', () => {
  it('reads static imports and ignores type-only and dynamic ones', () => {
    expect(staticImports("import { a } from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.tsx';\nimport './d.css';\nconst e = import('./e.tsx');")).toEqual(['./a.ts', './c.tsx', './d.css']);
  });

  it('is not imported by index.ts or anything it imports statically', () => {
    const graph = staticGraph(join(here, 'index.ts'));
    expect(graph.size).toBeGreaterThan(5);
    const offenders = [...graph].filter(([, specifiers]) => specifiers.some((s) => s === 'recharts' || s.startsWith('recharts/')));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });

  it('is imported only by the drawings', () => {
    const importers = sourceFiles(src).filter((file) => /(?:from\s+|import\s*\(?\s*)['"]recharts['"]/.test(readFileSync(file, 'utf8')));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith(join(here, 'drawings')))).toEqual([]);
  });
});
