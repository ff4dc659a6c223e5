/** Starts one preview server of the production build for every browser test file. */
import type { TestProject } from 'vitest/node';
import { startPreview } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  const { server, origin } = await startPreview();
  project.provide('origin', origin);
  return async () => {
    await server.close();
  };
}
