/**
 * The file worker: builds backup files and checks chosen ones off the
 * page's thread (see file-request.ts). Answers each request with its result
 * or an error name; never with personal text.
 */
import type { FileRequest } from './file-request.ts';
import { runFileRequest } from './file-request.ts';

self.onmessage = async (event: MessageEvent<FileRequest & { requestId: number }>) => {
  const { requestId, ...request } = event.data;
  try {
    const result = await runFileRequest(request as FileRequest);
    self.postMessage({ requestId, result });
  } catch (error) {
    self.postMessage({ requestId, errorName: (error as Error)?.name ?? 'Error' });
  }
};
