/**
 * Measures the JavaScript the first screen needs: the entry chunk of
 * index.html and every chunk it imports statically (what the browser must
 * run before the first paint), raw and gzipped, from Vite's build manifest.
 * Also measures "home usable": that plus the chunks loaded on demand to fill
 * the home screen with the user's records (storage, Dexie, home records),
 * and everything the service worker precaches.
 */
import { existsSync, readFileSync } from 'node:fs';
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

export interface PrecacheReport {
  entries: number;
  rawBytes: number;
  gzipBytes: number;
  /** Largest entries first, for the notes. */
  files: { url: string; rawBytes: number; gzipBytes: number }[];
}

/** Each `url` of the Workbox precache manifest inside dist/sw.js, once. */
export function precacheUrls(dist: string): string[] {
  const swPath = join(dist, 'sw.js');
  if (!existsSync(swPath)) throw new Error(`No service worker at ${swPath}: run \`npm run build\` first`);
  const sw = readFileSync(swPath, 'utf8');
  const urls = new Set<string>();
  for (const match of sw.matchAll(/url:"([^"]+)"/g)) urls.add(match[1]!);
  if (urls.size === 0) throw new Error(`Found no precache entries (url:"…") in ${swPath}: has the Workbox output format changed?`);
  return [...urls];
}

/**
 * Everything the service worker precaches, gzip level 9: what an offline
 * install downloads, the lazily loaded charts included (sw.js and the
 * Workbox runtime are not in it).
 */
export function precacheSize(dist: string): PrecacheReport {
  const files = precacheUrls(dist).map((url) => {
    const path = join(dist, decodeURI(url.split(/[?#]/)[0]!));
    if (!existsSync(path)) throw new Error(`The precache lists ${url}, but ${path} does not exist: is dist/ half rebuilt?`);
    const content = readFileSync(path);
    return { url, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    entries: files.length,
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    files,
  };
}
