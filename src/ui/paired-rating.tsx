/**
 * One behaviour rated twice — how I aim to lead, and how I actually led —
 * as two radio groups, each named by its side and the behaviour, inside a
 * group named by the behaviour. No grid: a screen reader always hears which
 * behaviour and which side a rating belongs to.
 */
import { memo, useId } from 'react';
import type { LikertOption } from './likert-scale.tsx';

export type PairedSide = 'aim' | 'actual';

export interface PairedRatingProps {
  name: string;
  text: string;
  aimLabel: string;
  actualLabel: string;
  options: readonly LikertOption[];
  aim: number | undefined;
  actual: number | undefined;
  /** Should be stable across renders. */
  onRate: (name: string, side: PairedSide, value: number) => void;
  /** False when the aim is carried from an earlier time and shown elsewhere: only the actual is asked. */
  showAim?: boolean;
  disabled?: boolean;
}

function Side({ name, side, label, textId, options, value, onRate }: {
  name: string;
  side: PairedSide;
  label: string;
  textId: string;
  options: readonly LikertOption[];
  value: number | undefined;
  onRate: PairedRatingProps['onRate'];
}) {
  const labelId = useId();
  return (
    <div className="paired__side" role="radiogroup" aria-labelledby={`${labelId} ${textId}`}>
      <p id={labelId} className="paired__label">
        {label}
      </p>
      <div className="likert__options">
        {options.map((option) => (
          <label key={option.value} className="likert__option">
            <input
              type="radio"
              name={`${name}--${side}`}
              autoComplete="off"
              value={option.value}
              checked={value === option.value}
              onChange={() => onRate(name, side, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

export const PairedRating = memo(function PairedRating(props: PairedRatingProps) {
  const textId = useId();
  const { name, text, aimLabel, actualLabel, options, aim, actual, onRate, showAim = true, disabled } = props;
  return (
    <fieldset className="likert paired" aria-labelledby={textId} disabled={disabled}>
      <legend id={textId} className="likert__text">
        {text}
      </legend>
      {showAim && <Side name={name} side="aim" label={aimLabel} textId={textId} options={options} value={aim} onRate={onRate} />}
      <Side name={name} side="actual" label={actualLabel} textId={textId} options={options} value={actual} onRate={onRate} />
    </fieldset>
  );
});
