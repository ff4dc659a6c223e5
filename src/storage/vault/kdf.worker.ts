/**
 * Key derivation off the main thread: PBKDF2 with 600,000 iterations takes
 * long enough to freeze the interface, so it runs here. Receives a secret,
 * KDF parameters and a wrapped data key; answers with the unwrapped data key
 * (a CryptoKey, which structured cloning carries across) or an error name.
 */
import { runKdfRequest } from './kdf-request.ts';
import type { KdfRequest } from './kdf-request.ts';

self.onmessage = async (event: MessageEvent<KdfRequest & { requestId: number }>) => {
  const { requestId, ...request } = event.data;
  try {
    const result = await runKdfRequest(request);
    self.postMessage({ requestId, result });
  } catch (error) {
    self.postMessage({ requestId, errorName: (error as Error).name ?? 'Error' });
  }
};
