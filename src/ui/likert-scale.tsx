/**
 * One questionnaire item as its own radio group, named by the item's text.
 * Native radio inputs give arrow-key movement within the group and Tab
 * between groups; each option's whole label is a touch target of ≥ 44 px.
 */
import { memo, useId } from 'react';

export interface LikertOption {
  value: number;
  label: string;
}

export interface LikertScaleProps {
  /** The item's id: the radio group's name, and what onAnswer is called with. */
  name: string;
  text: string;
  options: readonly LikertOption[];
  value: number | undefined;
  /** Should be stable across renders, so answering one item re-renders only its own group. */
  onAnswer: (name: string, value: number) => void;
  disabled?: boolean;
}

/** Memoised: a step re-renders only the group that was answered. */
export const LikertScale = memo(function LikertScale({ name, text, options, value, onAnswer, disabled }: LikertScaleProps) {
  const legendId = useId();
  return (
    <fieldset className="likert" role="radiogroup" aria-labelledby={legendId} disabled={disabled}>
      <legend id={legendId} className="likert__text">
        {text}
      </legend>
      <div className="likert__options">
        {options.map((option) => (
          <label key={option.value} className="likert__option">
            <input
              type="radio"
              name={name}
              autoComplete="off"
              value={option.value}
              checked={value === option.value}
              onChange={() => onAnswer(name, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
