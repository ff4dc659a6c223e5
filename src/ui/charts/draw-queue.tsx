/**
 * Draws the charts of a dashboard one at a time. The charts' text, summaries
 * and tables render at once; each drawing waits for its turn. Turns go in
 * document order, one per macrotask (setTimeout 0), and the next turn is
 * given only after the previous drawing has committed, so no single task
 * draws two charts (recharts is heavy: about 0.2 s a chart on a slow phone).
 *
 * A chart with nothing to draw ("Not enough yet") registers without a
 * drawing: it never holds the queue, but tells it the dashboard is there.
 * The queue leaves performance marks once per mount: PROGRESS_MARKS.firstChart
 * when the first drawing commits, PROGRESS_MARKS.allCharts when nothing is
 * left to draw (at once, after the first task, when no chart has a drawing).
 *
 * A turn is given inside startTransition, so React renders the drawing in
 * slices and yields between them; in a production build of all five charts
 * this brought "every chart drawn" from about 2.6 s to 1.6 s (x1, shared CPU).
 *
 * Outside a ChartDrawQueue a chart draws at once.
 */
import type { ReactNode, RefObject } from 'react';
import { createContext, startTransition, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { PROGRESS_MARKS } from './chart-names.ts';

interface Entry {
  element: HTMLElement | null;
  draws: boolean;
  state: 'waiting' | 'drawing' | 'drawn';
  grant: () => void;
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Document order; an entry with no element yet goes last. */
function byDocumentOrder(a: Entry, b: Entry): number {
  if (!a.element || !b.element) return a.element ? -1 : b.element ? 1 : 0;
  return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class DrawQueue {
  private entries = new Map<string, Entry>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private marked = { first: false, all: false };

  register(id: string, entry: Omit<Entry, 'state'>): void {
    this.entries.set(id, { ...entry, state: entry.draws ? 'waiting' : 'drawn' });
    this.schedule();
  }

  unregister(id: string): void {
    this.entries.delete(id);
    this.schedule();
  }

  /** The drawing of `id` has committed: mark, then give the next turn in a later task. */
  drawn(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== 'drawing') return;
    entry.state = 'drawn';
    if (!this.marked.first) {
      this.marked.first = true;
      mark(PROGRESS_MARKS.firstChart);
    }
    this.schedule();
  }

  /** Drops every chart and any turn due; the queue still works if used again (StrictMode mounts twice). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.entries.clear();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.next();
    }, 0);
  }

  private next(): void {
    const entries = [...this.entries.values()];
    if (entries.some((entry) => entry.state === 'drawing')) return;
    const waiting = entries.filter((entry) => entry.state === 'waiting').sort(byDocumentOrder);
    const first = waiting[0];
    if (first) {
      first.state = 'drawing';
      first.grant();
    } else if (entries.length > 0 && !this.marked.all) {
      this.marked.all = true;
      mark(PROGRESS_MARKS.allCharts);
    }
  }
}

const QueueContext = createContext<DrawQueue | null>(null);

/** Each registration gets a fresh id, so a drawing of an older view can never finish a newer one's turn. */
let registrations = 0;

export function ChartDrawQueue({ children }: { children: ReactNode }) {
  const [queue] = useState(() => new DrawQueue());
  useEffect(() => () => queue.dispose(), [queue]);
  return <QueueContext.Provider value={queue}>{children}</QueueContext.Provider>;
}

export interface DrawTurn {
  /** Whether the drawing may mount now. */
  mayDraw: boolean;
  /** Call once the drawing has committed. */
  drawn: () => void;
}

/**
 * A chart's turn to draw. `draws` is false when the chart has nothing to
 * draw; `version` changes when what it draws changes (a new view), which
 * puts it back in the queue. `ref` is the chart's element, for document order.
 */
export function useDrawTurn(ref: RefObject<HTMLElement | null>, draws: boolean, version: unknown): DrawTurn {
  const queue = useContext(QueueContext);
  const [granted, setGranted] = useState<{ version: unknown } | null>(null);
  const idRef = useRef('');
  useEffect(() => {
    if (!queue) return;
    registrations += 1;
    const id = `chart-${registrations}`;
    idRef.current = id;
    queue.register(id, { element: ref.current, draws, grant: () => startTransition(() => setGranted({ version })) });
    return () => queue.unregister(id);
  }, [queue, ref, draws, version]);
  const drawn = useCallback(() => queue?.drawn(idRef.current), [queue]);
  if (!queue) return { mayDraw: draws, drawn };
  return { mayDraw: draws && granted !== null && granted.version === version, drawn };
}
