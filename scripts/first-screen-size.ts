/**
 * Measures the JavaScript the first screen needs: the entry chunk of
 * index.html and every chunk it imports statically (what the browser must
 * run before the first paint), raw and gzipped, from Vite's build manifest.
 * Also measures "home usable": that plus the chunks loaded on demand to fill
 * the home screen with the user's records (storage, Dexie, home records).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

type Manifest = Record<string, ManifestChunk>;

export interface SizeReport {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

function collect(manifest: Manifest, keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    collect(manifest, manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

/** Raw and gzipped (level 9) size of files under `dist`, added up. */
export function sizeOfFiles(dist: string, files: string[]): SizeReport {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

function measure(dist: string, manifest: Manifest, keys: Set<string>): SizeReport {
  return sizeOfFiles(dist, [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js')));
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

export function firstScreenSize(dist: string): SizeReport {
  const manifest = readManifest(dist);
  return measure(dist, manifest, collect(manifest, ['index.html']));
}

/** The first screen plus the on-demand chunks that fill the home screen from storage. */
export function homeUsableSize(dist: string): SizeReport {
  const manifest = readManifest(dist);
  // The home screen's records component, and the storage chunk the session store imports on start-up.
  const onDemand = Object.keys(manifest).filter(
    (key) => key.endsWith('src/features/home/home-records.tsx') || manifest[key]!.file.startsWith('assets/storage-'),
  );
  return measure(dist, manifest, collect(manifest, ['index.html', ...onDemand]));
}

/**
 * Everything the service worker precaches (the `url`s in the precache
 * manifest Workbox writes into sw.js), plus sw.js itself: what an offline
 * install downloads, charts included.
 */
export function precacheSize(dist: string): SizeReport {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  if (urls.length === 0) throw new Error('Found no precache manifest in dist/sw.js: has the service worker build changed?');
  return sizeOfFiles(dist, ['sw.js', ...new Set(urls)]);
}
