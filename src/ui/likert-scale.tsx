/**
 * One questionnaire item as its own radio group, named by the item's text.
 * Native radio inputs give arrow-key movement within the group and Tab
 * between groups; each option's whole label is a touch target of ≥ 44 px.
 * When the scale offers a "does not apply" answer, it is one more radio in
 * the same group, after the options and set a little apart from them.
 */
import { memo, useId } from 'react';
import { NOT_APPLICABLE } from '../domain/questionnaire/response.ts';

export interface LikertOption {
  value: number;
  label: string;
}

/** A rating, or the answer that the item does not apply. */
export type LikertValue = number | typeof NOT_APPLICABLE;

export interface LikertScaleProps {
  /** The item's id: the radio group's name, and what onAnswer is called with. */
  name: string;
  text: string;
  options: readonly LikertOption[];
  value: LikertValue | undefined;
  /** Should be stable across renders, so answering one item re-renders only its own group. */
  onAnswer: (name: string, value: LikertValue) => void;
  /** The label of a "does not apply" answer (e.g. "Does not apply to my role"); none offered when absent. */
  notApplicable?: string | undefined;
  disabled?: boolean;
}

/** Memoised: a step re-renders only the group that was answered. */
export const LikertScale = memo(function LikertScale({ name, text, options, value, onAnswer, notApplicable, disabled }: LikertScaleProps) {
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
        {notApplicable !== undefined && (
          <label className="likert__option likert__option--not-applicable">
            <input
              type="radio"
              name={name}
              autoComplete="off"
              value={NOT_APPLICABLE}
              checked={value === NOT_APPLICABLE}
              onChange={() => onAnswer(name, NOT_APPLICABLE)}
            />
            <span>{notApplicable}</span>
          </label>
        )}
      </div>
    </fieldset>
  );
});
