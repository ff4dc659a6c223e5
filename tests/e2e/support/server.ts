/**
 * Serves the production build (dist/) with `vite preview` on 127.0.0.1 for
 * the browser tests and benchmarks. The build must exist (npm test builds first).
 */
import { existsSync } from 'node:fs';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';

export async function startPreview(port = 0): Promise<{ server: PreviewServer; origin: string }> {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` first');
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Preview server has no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
