/**
 * The draw queue: text first, then one drawing per task in document order,
 * each turn only after the previous drawing committed; charts with nothing
 * to draw never hold it; the marks for the bench.
 */
import { act, render, screen } from '@testing-library/react';
import { StrictMode, useEffect, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_MARKS } from './chart-names.ts';
import { ChartDrawQueue, useDrawTurn } from './draw-queue.tsx';

function Drawing({ name, ready, onDrawn }: { name: string; ready: boolean; onDrawn: () => void }) {
  useEffect(() => {
    if (ready) onDrawn();
  }, [ready, onDrawn]);
  return <p>{name} drawn</p>;
}

function TestChart({ name, draws = true, ready = true }: { name: string; draws?: boolean; ready?: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const turn = useDrawTurn(ref, draws, name);
  return (
    <section ref={ref}>
      <h2>{name}</h2>
      {turn.mayDraw && <Drawing name={name} ready={ready} onDrawn={turn.drawn} />}
    </section>
  );
}

/** Runs the one task that is due now (setTimeout 0), as the browser would. */
function nextTask() {
  act(() => {
    vi.runOnlyPendingTimers();
  });
}

function drawn(): string[] {
  return screen.queryAllByText(/ drawn$/).map((node) => node.textContent ?? '');
}

describe('ChartDrawQueue', () => {
  let marks: string[];
  beforeEach(() => {
    vi.useFakeTimers();
    marks = [];
    vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      marks.push(name);
      return undefined as unknown as PerformanceMark;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows every chart\'s text at once and draws one chart per task, in document order', () => {
    const { rerender } = render(
      <ChartDrawQueue>
        <TestChart key="gap" name="Gap" />
      </ChartDrawQueue>,
    );
    // A chart earlier in the page that registers later still goes first.
    rerender(
      <ChartDrawQueue>
        <TestChart key="trend" name="Trend" />
        <TestChart key="none" name="Not enough" draws={false} />
        <TestChart key="gap" name="Gap" />
      </ChartDrawQueue>,
    );
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Trend', 'Not enough', 'Gap']);
    expect(drawn()).toEqual([]);
    nextTask();
    expect(drawn()).toEqual(['Trend drawn']);
    expect(marks).toEqual([PROGRESS_MARKS.firstChart]);
    nextTask();
    expect(drawn()).toEqual(['Trend drawn', 'Gap drawn']);
    expect(marks).toEqual([PROGRESS_MARKS.firstChart]);
    nextTask();
    expect(marks).toEqual([PROGRESS_MARKS.firstChart, PROGRESS_MARKS.allCharts]);
    nextTask();
    expect(drawn()).toEqual(['Trend drawn', 'Gap drawn']);
    expect(marks).toHaveLength(2);
  });

  it('gives the next turn only once the drawing before it has committed', () => {
    const { rerender } = render(
      <ChartDrawQueue>
        <TestChart name="Trend" ready={false} />
        <TestChart name="Gap" />
      </ChartDrawQueue>,
    );
    nextTask();
    nextTask();
    // A chart that arrives meanwhile waits too.
    rerender(
      <ChartDrawQueue>
        <TestChart name="Trend" ready={false} />
        <TestChart name="Gap" />
        <TestChart name="Practice" />
      </ChartDrawQueue>,
    );
    nextTask();
    expect(drawn()).toEqual(['Trend drawn']);
    expect(marks).toEqual([]);
    rerender(
      <ChartDrawQueue>
        <TestChart name="Trend" ready />
        <TestChart name="Gap" />
        <TestChart name="Practice" />
      </ChartDrawQueue>,
    );
    expect(marks).toEqual([PROGRESS_MARKS.firstChart]);
    expect(drawn()).toEqual(['Trend drawn']);
    nextTask();
    expect(drawn()).toEqual(['Trend drawn', 'Gap drawn']);
    nextTask();
    expect(drawn()).toEqual(['Trend drawn', 'Gap drawn', 'Practice drawn']);
  });

  it('marks every chart drawn at once when no chart has enough to draw', () => {
    render(
      <ChartDrawQueue>
        <TestChart name="Trend" draws={false} />
        <TestChart name="Gap" draws={false} />
      </ChartDrawQueue>,
    );
    nextTask();
    expect(drawn()).toEqual([]);
    expect(marks).toEqual([PROGRESS_MARKS.allCharts]);
  });

  it('still draws after StrictMode mounts it twice', () => {
    render(
      <StrictMode>
        <ChartDrawQueue>
          <TestChart name="Trend" />
        </ChartDrawQueue>
      </StrictMode>,
    );
    nextTask();
    expect(drawn()).toEqual(['Trend drawn']);
  });

  it('lets a chart outside a queue draw at once', () => {
    render(<TestChart name="Alone" />);
    expect(drawn()).toEqual(['Alone drawn']);
  });
});
