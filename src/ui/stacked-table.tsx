/**
 * A data table that stays readable on a phone. On a wide screen it is an
 * ordinary table (inside a region that scrolls sideways if it ever must);
 * below 40rem (see table.css) each row stacks as a card, the header row is
 * hidden visually, and every cell shows its column's name before its value,
 * taken from its `label` (`data-label`). The elements carry their table roles
 * explicitly, so a screen reader still hears a table of rows, headers and
 * cells when CSS has made them blocks.
 *
 * The region is a tab stop (so a keyboard can scroll it) only while the table
 * is wider than it; on a phone, where the rows stack and nothing scrolls, it
 * would be an empty stop. It keeps its name either way.
 */
import type { ReactNode, TdHTMLAttributes } from 'react';
import { useEffect, useRef, useState } from 'react';

/** Whether the element's content is wider than it, kept up to date as either is resized. */
function useOverflowsSideways<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

export interface StackedTableProps {
  /** The name of the scrolling region around the table, e.g. "Scores table". */
  label: string;
  caption: ReactNode;
  /** A <Head> and a <Body> of <Row>s. */
  children: ReactNode;
}

export function StackedTable({ label, caption, children }: StackedTableProps) {
  const { ref, overflows } = useOverflowsSideways<HTMLDivElement>();
  return (
    <div ref={ref} className="table-scroll" role="region" aria-label={label} tabIndex={overflows ? 0 : undefined}>
      <table className="data-table stacked-table" role="table">
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Head({ children }: { children: ReactNode }) {
  return <thead role="rowgroup">{children}</thead>;
}

export function Body({ children }: { children: ReactNode }) {
  return <tbody role="rowgroup">{children}</tbody>;
}

export function Row({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <tr role="row" className={className}>
      {children}
    </tr>
  );
}

export function ColumnHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="col" role="columnheader">
      {children}
    </th>
  );
}

/** The cell that names its row; on a narrow screen, the card's title. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" role="rowheader">
      {children}
    </th>
  );
}

export interface CellProps extends Omit<TdHTMLAttributes<HTMLTableCellElement>, 'role'> {
  /** The column's header text, shown beside the value when the row is a card. Omit only for a cell that spans the row. */
  label?: string;
}

export function Cell({ label, children, ...rest }: CellProps) {
  return (
    <td role="cell" data-label={label} {...rest}>
      {children}
    </td>
  );
}
