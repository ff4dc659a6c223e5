/**
 * A message box. `tone="alert"` interrupts a screen reader (errors that need
 * action); the others are polite status messages.
 */
import type { ReactNode } from 'react';

export interface NoticeProps {
  tone?: 'info' | 'warning' | 'alert';
  title?: string;
  children: ReactNode;
}

export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'alert' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}
