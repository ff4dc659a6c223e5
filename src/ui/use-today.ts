/**
 * Today's date on this device ('YYYY-MM-DD'), kept current: looked at again
 * when the page is shown or focused, just after local midnight, and whenever
 * `recheckOn` changes (a screen passes its records), so a tab left open
 * overnight never shows yesterday's window. A look that finds the same day
 * changes nothing.
 */
import { useEffect, useState } from 'react';
import { today } from './today.ts';

export function useToday(recheckOn?: unknown): string {
  const [date, setDate] = useState(() => today());
  useEffect(() => {
    const look = () => setDate(today());
    look();
    document.addEventListener('visibilitychange', look);
    window.addEventListener('focus', look);
    const now = new Date();
    const untilMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
    const timer = setTimeout(look, untilMidnight + 1000);
    return () => {
      document.removeEventListener('visibilitychange', look);
      window.removeEventListener('focus', look);
      clearTimeout(timer);
    };
  }, [recheckOn, date]);
  return date;
}
