/** The range the dashboard shows, as one radio group labelled "Show": "This time last year" is one tap away, beside the others. */
import { useCallback } from 'react';
import type { RangeChoice } from '../../domain/progress/progress-types.ts';
import { RANGE_CHOICES, RANGE_LABELS } from '../../domain/progress/range.ts';
import { ChoiceList } from '../../ui/choice-list.tsx';

const OPTIONS = RANGE_CHOICES.map((id) => ({ id, label: RANGE_LABELS[id] }));

export function RangeChoiceField({ choice, onChange }: { choice: RangeChoice; onChange: (choice: RangeChoice) => void }) {
  const onChoose = useCallback((_name: string, id: string) => onChange(id as RangeChoice), [onChange]);
  return (
    <div className="progress__range">
      <ChoiceList name="progress-range" text="Show" options={OPTIONS} value={choice} onChoose={onChoose} />
    </div>
  );
}
