/**
 * Opens many sealed rows at once. A row that fails to open (altered,
 * swapped, or sealed for another profile) is counted and left out, so one
 * bad record never hides the rest of a profile.
 */
export interface Listed<T> {
  items: T[];
  /** Rows that could not be opened; they stay on disk untouched. */
  unreadable: number;
}

export async function openRows<R, T>(rows: readonly R[], open: (row: R) => Promise<T>): Promise<Listed<T>> {
  const settled = await Promise.allSettled(rows.map(open));
  const items: T[] = [];
  let unreadable = 0;
  for (const result of settled) {
    if (result.status === 'fulfilled') items.push(result.value);
    else unreadable += 1;
  }
  return { items, unreadable };
}
