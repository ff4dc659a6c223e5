/**
 * Key derivation off the main thread: PBKDF2 with 600,000 iterations takes
 * long enough to freeze the interface, so it runs here. Receives a secret,
 * KDF parameters and (but to create one) a wrapped data key; answers with a
 * wrapped key or a data key that cannot be exported (a CryptoKey, which
 * structured cloning carries across), or an error name. An extractable data
 * key exists only in here, for the moment it takes to wrap it.
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
