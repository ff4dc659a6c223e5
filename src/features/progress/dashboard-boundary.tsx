/**
 * If the dashboard cannot be worked out or drawn (a record in a shape the
 * rules do not expect), the screen says so calmly instead of going blank,
 * and keeps the rest of the app usable. The records are untouched. The
 * notice offers the range choice, and a new range (`resetKey`) tries the
 * dashboard again, so a range without the record brings it back.
 */
import type { ReactNode } from 'react';
import { Component } from 'react';
import { Notice } from '../../ui/notice.tsx';

interface BoundaryProps {
  children: ReactNode;
  /** When this changes after a failure (the range), the dashboard is tried again. */
  resetKey: unknown;
  /** Shown above the notice: a way to change `resetKey`. */
  retry?: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  /** The resetKey the failure happened under. */
  failedUnder: unknown;
}

export class DashboardBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, failedUnder: undefined };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  /** Not a remount keyed by the range: while the dashboard works, changing the range keeps it (and the keyboard focus in its range choice). */
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (!state.failed) return { failedUnder: props.resetKey };
    return state.failedUnder === props.resetKey ? null : { failed: false, failedUnder: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.retry}
        <Notice tone="warning" title="Your progress could not be shown">
          <p>
            Something in your records could not be worked into the charts. Nothing has been changed or deleted. Another range may show, and reloading the
            page may help.
          </p>
        </Notice>
      </>
    );
  }
}
