/** A labelled progress bar (e.g. "Step 2 of 4"). */
export interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
}

export function ProgressBar({ label, value, max }: ProgressBarProps) {
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${value} of ${max}`}
      >
        <div className="progress__fill" style={{ width: `${(value / max) * 100}%` }} />
      </div>
    </div>
  );
}
