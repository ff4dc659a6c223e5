/** The web app manifest: what the home-screen install shows. */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const manifest: Partial<ManifestOptions> = {
  name: 'Attune — compassionate leadership reflection',
  short_name: 'Attune',
  description: 'Reflect on how you lead: attending, understanding, empathising and helping. Everything stays on your device.',
  lang: 'en-GB',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#1f5f5b',
  background_color: '#f7f5f0',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
