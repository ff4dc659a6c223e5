/**
 * Tells the weekly flow about an answer chosen or written but not yet saved.
 * While `pending`, the flow holds a function that saves it (the flow calls
 * it before Continue, Finish or Back); `null` means nothing waits, and is
 * reported on unmount too. The returned `clear` reports `null` at once, for
 * a part whose own save has just landed. The latest `save` is always the one
 * called, so it sees the answer as it is now.
 */
import { useCallback, useEffect, useRef } from 'react';

export type ReportPending = (save: (() => Promise<boolean>) | null) => void;

export function usePendingSave(pending: boolean, save: () => Promise<boolean>, report: ReportPending | undefined): () => void {
  const saveRef = useRef(save);
  const reportRef = useRef(report);
  useEffect(() => {
    saveRef.current = save;
    reportRef.current = report;
  });
  useEffect(() => {
    reportRef.current?.(pending ? () => saveRef.current() : null);
  }, [pending]);
  useEffect(() => () => reportRef.current?.(null), []);
  return useCallback(() => reportRef.current?.(null), []);
}
