/**
 * What every Progress chart shows before (and without) its drawing: a
 * figure named by its title, the one-sentence summary, how the figures are
 * made and how many results they rest on, "Not enough yet" below the
 * minimum, the notes on version changes, and the table of every value
 * behind a "Show as table" toggle (the table stays in the DOM, hidden, and
 * always prints). The drawing itself waits for its turn in the draw queue,
 * inside a keyboard region where the arrow keys step through the points and
 * a polite status reads out each one's values.
 */
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { Component, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Enough } from '../../domain/progress/progress-types.ts';
import type { ChartKey } from './chart-names.ts';
import { CHART_TITLES } from './chart-names.ts';
import { countOf, formatNumber } from './chart-format.ts';
import { useDrawTurn } from './draw-queue.tsx';

/** One step of the keyboard: what is read out for it. */
export interface ChartStep {
  label: string;
}

export interface DrawingSlotProps {
  /** The step the keyboard is on, or null. */
  active: number | null;
  /** Call once the drawing has committed (the draw queue's turn ends). */
  onDrawn: () => void;
}

export interface ChartFrameProps {
  chartKey: ChartKey;
  summary: string;
  /** How the figures are made, and how many results they rest on. */
  method: string;
  enough: Enough;
  /** What "Not enough yet" counts, singular and plural; "result", "results" unless told. */
  countNoun?: [one: string, many: string];
  /** Controls above the drawing (a checkbox, a select); shown also below the minimum, where a choice (an earlier "then") may be what makes enough. */
  controls?: ReactNode;
  legend?: ReactNode;
  steps: readonly ChartStep[];
  /** Starts loading the drawing's code early. */
  preload: () => void;
  drawing: (props: DrawingSlotProps) => ReactNode;
  /** What is drawn, as a string (JSON of the drawn points): a new value puts the chart back in the draw queue; an equal one, from a rebuilt view, does not. */
  drawVersion: string;
  /** Notes under the chart (version changes, a note on what is compared). */
  notes?: ReactNode;
  /** The table of every value; null when there is none. */
  table: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { chartKey, summary, method, enough, countNoun = ['result', 'results'], controls, legend, notes, table } = props;
  const title = CHART_TITLES[chartKey];
  const headingId = useId();
  const figureRef = useRef<HTMLElement>(null);
  return (
    <figure ref={figureRef} className="chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="chart__summary">{summary}</p>
      <p className="chart__method">{method}</p>
      {controls && <div className="chart__controls">{controls}</div>}
      {enough.enough ? (
        <>
          {legend}
          <ChartKeys title={title} figureRef={figureRef} {...props} />
        </>
      ) : (
        <>
          <p className="chart__not-enough">
            Not enough yet: a chart needs at least {countOf(enough.need, countNoun[0], countNoun[1])} in this range, and there{' '}
            {enough.have === 1 ? 'is' : 'are'} {enough.have === 0 ? 'none' : formatNumber(enough.have)}.
          </p>
          <NoDrawing figureRef={figureRef} />
        </>
      )}
      {notes}
      {table !== null && <TableToggle headingId={headingId}>{table}</TableToggle>}
    </figure>
  );
}

/** A chart below its minimum still tells the draw queue it is here, with nothing to draw. */
function NoDrawing({ figureRef }: { figureRef: RefObject<HTMLElement | null> }) {
  useDrawTurn(figureRef, false, null);
  return null;
}

function ChartKeys({ title, figureRef, steps, preload, drawing, drawVersion }: ChartFrameProps & { title: string; figureRef: RefObject<HTMLElement | null> }) {
  const hintId = useId();
  const [position, setPosition] = useState<{ version: unknown; index: number } | null>(null);
  const active = position && position.version === drawVersion && position.index < steps.length ? position.index : null;
  const turn = useDrawTurn(figureRef, true, drawVersion);
  useEffect(preload, [preload]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = steps.length - 1;
    if (last < 0) return;
    let index: number;
    if (event.key === 'ArrowRight') index = active === null ? 0 : Math.min(active + 1, last);
    else if (event.key === 'ArrowLeft') index = active === null ? last : Math.max(active - 1, 0);
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = last;
    else return;
    event.preventDefault();
    setPosition({ version: drawVersion, index });
  };

  return (
    <>
      <div
        className="chart__keys"
        role="group"
        aria-roledescription="chart"
        aria-label={title}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div className="chart__plot" aria-hidden="true">
          {turn.mayDraw && (
            <DrawingBoundary onFailed={turn.drawn}>
              <Suspense fallback={null}>{drawing({ active, onDrawn: turn.drawn })}</Suspense>
            </DrawingBoundary>
          )}
        </div>
      </div>
      <p id={hintId} className="chart__hint">
        To hear each point, focus the chart and use the left and right arrow keys (Home and End for the first and last).
      </p>
      <p className="chart__status" role="status" aria-live="polite">
        {active !== null ? steps[active]?.label : ''}
      </p>
    </>
  );
}

interface BoundaryProps {
  onFailed: () => void;
  children: ReactNode;
}

/** A drawing that cannot load (its chunk missing offline) says so and ends its turn; the table still has every value. */
class DrawingBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onFailed();
  }

  override render() {
    return this.state.failed ? <p className="chart__not-enough">The chart could not be drawn here. The table has every value.</p> : this.props.children;
  }
}

/** The table behind a chart: hidden until asked for, but always in the DOM and always printed. */
export function TableToggle({ headingId, children }: { headingId: string; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <>
      <button
        type="button"
        className="button button--secondary chart__table-toggle"
        aria-expanded={shown}
        aria-controls={tableId}
        aria-describedby={headingId}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide the table' : 'Show as table'}
      </button>
      <div id={tableId} className="chart__table" hidden={!shown}>
        {children}
      </div>
    </>
  );
}
