/** Reading a table as a user would: each row's header and then its cells, as text. */
import { within } from '@testing-library/react';

export function cellTexts(row: HTMLElement): string[] {
  return [...within(row).queryAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent ?? '');
}

/** The body rows of a table (every row after the header row), as text. */
export function bodyTexts(table: HTMLElement): string[][] {
  return within(table).getAllByRole('row').slice(1).map(cellTexts);
}
