import { useEffect } from 'react';

/** Sets the page title ("Results — Attune") so each screen is announced and listed by name. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Attune`;
  }, [title]);
}
