/**
 * If the dashboard cannot be worked out or drawn (a record in a shape the
 * rules do not expect), the screen says so calmly instead of going blank,
 * and keeps the rest of the app usable. The records are untouched. The
 * screen keys the boundary by the range, and the notice offers the range
 * choice, so another range (which may not hold the record) brings the
 * dashboard back.
 */
import type { ReactNode } from 'react';
import { Component } from 'react';
import { Notice } from '../../ui/notice.tsx';

export class DashboardBoundary extends Component<{ children: ReactNode; retry?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
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
