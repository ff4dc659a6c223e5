/**
 * Hands a made file to the person: the system share sheet where the browser
 * can share files (Web Share API), else a download through an `<a download>`
 * click. The object URL of a download is revoked a minute later, once the
 * browser has long since taken the file.
 */

export type HandOverResult = 'shared' | 'share-cancelled' | 'downloaded';

const REVOKE_AFTER_MS = 60_000;

/** Saves `blob` as `fileName` through a download link. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The share sheet when `navigator.canShare({ files })` says yes, else a
 * download. A share the person closes (AbortError) is theirs to choose, not
 * an error: the caller offers the download. Any other share failure (such as
 * the browser no longer counting the tap as recent) falls back to a download.
 */
export async function handOver(blob: Blob, fileName: string): Promise<HandOverResult> {
  const file = new File([blob], fileName, { type: blob.type || 'application/json' });
  if (typeof navigator !== 'undefined' && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'share-cancelled';
    }
  }
  download(file, fileName);
  return 'downloaded';
}
