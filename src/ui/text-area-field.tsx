/**
 * A labelled multi-line text box with an optional hint, announced with the
 * field. What people type is only ever shown back as plain text, and is kept
 * out of the browser's autofill (`autoComplete="off"`) unless the caller says otherwise.
 */
import type { TextareaHTMLAttributes } from 'react';
import { memo, useId } from 'react';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string | undefined;
}

export const TextAreaField = memo(function TextAreaField({ label, hint, rows = 4, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <textarea id={id} className="field__input field__textarea" rows={rows} aria-describedby={hintId} autoComplete="off" {...textarea} />
    </div>
  );
});

/** Shows text someone wrote, as plain text with its line breaks kept (never as HTML). */
export function PlainText({ text, className }: { text: string; className?: string }) {
  return <p className={`plain-text${className ? ` ${className}` : ''}`}>{text}</p>;
}
