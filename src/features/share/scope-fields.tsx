/**
 * The choice of what a share holds: which reflections, which journal
 * entries, intentions, practice, and the dates. Plain fieldsets of radios
 * and checkboxes, each control labelled; every change goes to `onChange` as
 * a whole new scope (the form then drops any preview of the old one).
 */
import type { JournalScope, ReflectionScope, ShareScope } from '../../domain/coaching/coaching-types.ts';

const REFLECTIONS: ReadonlyArray<[ReflectionScope, string]> = [
  ['none', 'None'],
  ['scores', 'Scores only'],
  ['with-answers', 'Scores and written answers'],
];

const JOURNAL: ReadonlyArray<[JournalScope, string]> = [
  ['none', 'None'],
  ['tagged', 'Only entries marked for my coach'],
  ['in-range', 'Every entry in these dates'],
];

function Radios<T extends string>({ legend, name, options, value, disabled, onChoose }: {
  legend: string;
  name: string;
  options: ReadonlyArray<[T, string]>;
  value: T;
  disabled: boolean;
  onChoose: (value: T) => void;
}) {
  return (
    <fieldset className="likert" disabled={disabled}>
      <legend className="likert__text">{legend}</legend>
      <div className="likert__options">
        {options.map(([id, label]) => (
          <label key={id} className="likert__option">
            <input type="radio" name={name} autoComplete="off" value={id} checked={value === id} onChange={() => onChoose(id)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ScopeFields({ scope, disabled, onChange }: { scope: ShareScope; disabled: boolean; onChange: (scope: ShareScope) => void }) {
  const set = (change: Partial<ShareScope>) => onChange({ ...scope, ...change });
  return (
    <>
      <Radios legend="Reflections" name="share-reflections" options={REFLECTIONS} value={scope.reflections} disabled={disabled} onChoose={(reflections) => set({ reflections })} />
      <Radios legend="Journal entries" name="share-journal" options={JOURNAL} value={scope.journal} disabled={disabled} onChoose={(journal) => set({ journal })} />
      <fieldset className="likert" disabled={disabled}>
        <legend className="likert__text">Also include</legend>
        <label className="check">
          <input type="checkbox" autoComplete="off" checked={scope.intentions} onChange={(e) => set({ intentions: e.target.checked })} />
          <span>Intentions and their outcomes</span>
        </label>
        <label className="check">
          <input type="checkbox" autoComplete="off" checked={scope.practice} onChange={(e) => set({ practice: e.target.checked })} />
          <span>Practice minutes</span>
        </label>
      </fieldset>
      <fieldset className="likert" disabled={disabled} aria-describedby="share-dates-hint">
        <legend className="likert__text">Dates</legend>
        <p id="share-dates-hint" className="field__hint">
          Leave both empty to include everything. The dates apply to every kind of record.
        </p>
        <div className="journal-filters__row">
          <div className="field">
            <label className="field__label" htmlFor="share-from">
              From
            </label>
            <input id="share-from" className="field__input" type="date" autoComplete="off" value={scope.from ?? ''} max={scope.to ?? undefined} onChange={(e) => set({ from: e.target.value || null })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="share-to">
              To
            </label>
            <input id="share-to" className="field__input" type="date" autoComplete="off" value={scope.to ?? ''} min={scope.from ?? undefined} onChange={(e) => set({ to: e.target.value || null })} />
          </div>
        </div>
      </fieldset>
    </>
  );
}
