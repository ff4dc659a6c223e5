/** A single-choice question as one radio group named by its text; each option's label is a ≥ 44 px target. */
import { memo, useId } from 'react';

export interface ChoiceListProps {
  name: string;
  text: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  value: string | undefined;
  /** Should be stable across renders. */
  onChoose: (name: string, optionId: string) => void;
  disabled?: boolean;
}

export const ChoiceList = memo(function ChoiceList({ name, text, options, value, onChoose, disabled }: ChoiceListProps) {
  const legendId = useId();
  return (
    <fieldset className="likert" role="radiogroup" aria-labelledby={legendId} disabled={disabled}>
      <legend id={legendId} className="likert__text">
        {text}
      </legend>
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.id} className="likert__option">
            <input type="radio" name={name} autoComplete="off" value={option.id} checked={value === option.id} onChange={() => onChoose(name, option.id)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
