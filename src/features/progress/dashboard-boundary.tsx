/**
 * If the dashboard cannot be worked out or drawn (a record in a shape the
 * rules do not expect), the screen says so calmly instead of going blank,
 * and keeps the rest of the app usable. The records are untouched.
 */
import type { ReactNode } from 'react';
import { Component } from 'react';
import { Notice } from '../../ui/notice.tsx';

export class DashboardBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Notice tone="warning" title="Your progress could not be shown">
        <p>Something in your records could not be worked into the charts. Nothing has been changed or deleted. Reloading the page may help.</p>
      </Notice>
    );
  }
}
