/**
 * Time practised, in words. One rule everywhere (the end of a practice, the
 * log, the totals), and never more than was done:
 *
 * - 0 seconds: "0 minutes";
 * - under a minute: "under a minute";
 * - under an hour: minutes, and the seconds when there are any
 *   ("1 minute", "1 minute 30 seconds", "12 minutes 5 seconds");
 * - an hour or more: hours and whole minutes, the odd seconds left out
 *   ("1 hour", "2 hours 5 minutes").
 */
function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** @throws RangeError for anything but whole seconds ≥ 0. */
export function formatPractisedTime(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`Expected whole seconds ≥ 0; got ${seconds}.`);
  if (seconds === 0) return '0 minutes';
  if (seconds < 60) return 'under a minute';
  if (seconds < 3600) {
    const rest = seconds % 60;
    const minutes = plural(Math.floor(seconds / 60), 'minute');
    return rest === 0 ? minutes : `${minutes} ${plural(rest, 'second')}`;
  }
  const hours = plural(Math.floor(seconds / 3600), 'hour');
  const minutes = Math.floor((seconds % 3600) / 60);
  return minutes === 0 ? hours : `${hours} ${plural(minutes, 'minute')}`;
}
