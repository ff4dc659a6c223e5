/**
 * After a result: choose one intention for the coming week — a suggested
 * practice, the largest gap as a focus, or your own words — tied to an
 * element. Once chosen it is shown here, and can be changed. Inside the
 * weekly reflection the picker tells the flow when a choice is made but not
 * yet set (`onPendingChange`), so finishing can save it rather than drop it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { paths } from '../../app/paths.ts';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadQuestionnaireVersion } from '../../content/questionnaires.ts';
import type { ElementId } from '../../domain/elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { newId } from '../../domain/ids.ts';
import type { Intention } from '../../domain/intentions/intention.ts';
import type { Suggestions } from '../../domain/intentions/suggest.ts';
import { suggestIntentions } from '../../domain/intentions/suggest.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { saveIntention } from '../../storage/repositories/intentions-repo.ts';
import { getResponse } from '../../storage/repositories/responses-repo.ts';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { titleThenText } from '../../ui/format-prose.ts';
import { Notice } from '../../ui/notice.tsx';
import { SaveStatus } from '../../ui/save-status.tsx';
import { PlainText, TextAreaField } from '../../ui/text-area-field.tsx';
import { useSlowNotice } from '../../ui/use-slow-notice.ts';
import { useIntentions } from './use-intentions.ts';
import { usePendingSave } from './use-pending-save.ts';

interface Option {
  key: string;
  label: string;
  text: string;
  elementId: ElementId | null;
  source: Intention['source'];
}

function optionsFrom(suggestions: Suggestions, questionnaire: Questionnaire): Option[] {
  const options: Option[] = [];
  const focus = suggestions.focus;
  if (focus?.scoring === 'gap' && focus.elementId) {
    const name = questionnaire.sections.find((s) => s.id === focus.sectionId)?.title ?? ELEMENT_NAMES[focus.elementId];
    const text = `Focus on ${name.toLowerCase()}: notice each day where how I lead differs from how I mean to, and close the gap once.`;
    options.push({ key: 'focus', label: `Make ${name.toLowerCase()} my focus (my largest gap)`, text, elementId: focus.elementId, source: 'focus' });
  }
  suggestions.practices.forEach((practice, index) => {
    const text = titleThenText(practice.title, practice.description);
    options.push({ key: `practice-${index}`, label: text, text, elementId: practice.elementId, source: 'practice' });
  });
  return options;
}

function useSuggestions(responseId: string | null): { questionnaire: Questionnaire; suggestions: Suggestions } | null | undefined {
  const connection = useConnection();
  const [loaded, setLoaded] = useState<{ questionnaire: Questionnaire; suggestions: Suggestions } | null>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const response = responseId === null ? undefined : await getResponse(connection, responseId);
      const questionnaire = response && (await loadQuestionnaireVersion(response.questionnaireId, response.questionnaireVersion));
      if (!live) return;
      setLoaded(response && questionnaire ? { questionnaire, suggestions: suggestIntentions(scoreResponse(response), questionnaire) } : null);
    })().catch(() => live && setLoaded(null));
    return () => {
      live = false;
    };
  }, [connection, responseId]);
  return loaded;
}

export interface IntentionPickerProps {
  /** The result it follows; null for an intention set without one (a weekly reflection whose pulse was skipped). */
  responseId: string | null;
  /** An intention already chosen here (the weekly reflection remembers it), shown instead of a new form. */
  intentionId?: string | null;
  /** Called with the intention's id once it is saved. */
  onSaved?: (intentionId: string) => void;
  /**
   * Called with a function that saves the choice made but not yet set
   * (resolving true once saved, false when it could not be, with the reason
   * shown here), and with null when nothing is waiting. A choice is pending
   * once the person has picked or written one that differs from the
   * intention already set (nothing is selected until they choose).
   */
  onPendingChange?: (save: (() => Promise<boolean>) | null) => void;
}

export function IntentionPicker({ responseId, intentionId = null, onSaved, onPendingChange }: IntentionPickerProps) {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const intentions = useIntentions(connection);
  const loaded = useSuggestions(responseId);
  const [editing, setEditing] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const existing = intentions?.items.find(
    (i) => i.id === (savedId ?? intentionId) || (responseId !== null && i.responseId === responseId),
  );
  if (intentions === undefined || loaded === undefined) return null;

  return (
    <section className="card" aria-labelledby="intention-heading">
      <h2 id="intention-heading">Your intention for the coming week</h2>
      {existing && !editing ? (
        <>
          <p>You chose{existing.elementId ? ` (for ${ELEMENT_NAMES[existing.elementId].toLowerCase()})` : ''}:</p>
          <blockquote>
            <PlainText text={existing.text} />
          </blockquote>
          <p className="muted">Your next reflection will ask what became of it.</p>
          <div className="button-row">
            <Button variant="secondary" disabled={readOnly || existing.followUp !== null} onClick={() => setEditing(true)}>
              Change my intention
            </Button>
            <ButtonLink variant="quiet" to={paths.intentions()}>
              All my intentions
            </ButtonLink>
          </div>
        </>
      ) : (
        <IntentionForm
          options={loaded ? optionsFrom(loaded.suggestions, loaded.questionnaire) : []}
          defaultElement={loaded?.suggestions.focus?.elementId ?? null}
          existing={existing}
          readOnly={readOnly}
          onPendingChange={onPendingChange}
          onSave={async (choice) => {
            const intention: Intention = existing
              ? { ...existing, ...choice }
              : { id: newId(), createdAt: new Date().toISOString(), responseId, followUp: null, ...choice };
            await saveIntention(connection, intention);
            setSavedId(intention.id);
            setEditing(false);
            onSaved?.(intention.id);
          }}
        />
      )}
    </section>
  );
}

type Choice = Pick<Intention, 'text' | 'elementId' | 'source'>;

function IntentionForm({ options, defaultElement, existing, readOnly, onSave, onPendingChange }: {
  options: Option[];
  defaultElement: ElementId | null;
  existing: Intention | undefined;
  readOnly: boolean;
  onSave: (choice: Choice) => Promise<void>;
  onPendingChange: IntentionPickerProps['onPendingChange'];
}) {
  // Nothing is selected until the person chooses: a selection shown is always one they made (or the intention already set).
  const [picked, setPicked] = useState<string | null>(existing ? 'own' : null);
  const [ownText, setOwnText] = useState(existing?.text ?? '');
  const [element, setElement] = useState<ElementId | 'none'>(existing ? (existing.elementId ?? 'none') : (defaultElement ?? 'none'));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Shown whoever started the save (Set here, or the flow's Finish or Back).
  const slow = useSlowNotice(saving);
  const choiceLegend = useId();
  const elementLegend = useId();
  const chosenText = picked === null ? '' : (options.find((o) => o.key === picked)?.text ?? ownText.trim());
  const chosenElement = element === 'none' ? null : element;
  const changed = existing === undefined || chosenText !== existing.text || chosenElement !== existing.elementId;
  const pending = !readOnly && chosenText !== '' && changed;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const clearPending = usePendingSave(pending, submit, onPendingChange);

  function pick(key: string) {
    setPicked(key);
    const option = options.find((o) => o.key === key);
    if (option) setElement(option.elementId ?? 'none');
  }

  /**
   * Saves the choice; resolves false (with the reason shown) when it is empty
   * or could not be saved. While a save runs, every caller (Set, and the
   * flow's Finish or Back) gets the same promise, so the choice is written once.
   */
  function submit(): Promise<boolean> {
    inFlight.current ??= saveChoice().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }

  async function saveChoice(): Promise<boolean> {
    const option = options.find((o) => o.key === picked);
    const text = option ? option.text : ownText.trim();
    if (!text) {
      setError('Write your intention in a few words, or choose one of the suggestions.');
      return false;
    }
    setSaving(true);
    setError(null);
    try {
      const source = option ? option.source : existing && existing.text === text ? existing.source : 'own';
      await onSave({ text, elementId: element === 'none' ? null : element, source });
      clearPending(); // nothing waits any more, in the same render as the saved intention
      return true;
    } catch (caught) {
      setError(toStorageError(caught).message);
      setSaving(false);
      return false;
    }
  }

  return (
    <form
      aria-labelledby="intention-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>Choose one small thing to try before your next reflection.</p>
      <fieldset className="likert" role="radiogroup" aria-labelledby={choiceLegend} disabled={readOnly}>
        <legend id={choiceLegend} className="likert__text">
          What will you try?
        </legend>
        <div className="choice__options">
          {options.map((option) => (
            <label key={option.key} className="likert__option">
              <input type="radio" name="intention-choice" autoComplete="off" checked={picked === option.key} onChange={() => pick(option.key)} />
              <span>{option.label}</span>
            </label>
          ))}
          <label className="likert__option">
            <input type="radio" name="intention-choice" autoComplete="off" checked={picked === 'own'} onChange={() => pick('own')} />
            <span>In my own words</span>
          </label>
        </div>
      </fieldset>
      {picked === 'own' && (
        <TextAreaField label="My intention" value={ownText} rows={2} maxLength={500} onChange={(e) => {
                    setOwnText(e.target.value);
          }} readOnly={readOnly} />
      )}
      <fieldset className="likert" role="radiogroup" aria-labelledby={elementLegend} disabled={readOnly}>
        <legend id={elementLegend} className="likert__text">
          Which element is it for?
        </legend>
        <div className="likert__options">
          {[...ELEMENT_IDS, 'none' as const].map((id) => (
            <label key={id} className="likert__option">
              <input type="radio" name="intention-element" autoComplete="off" checked={element === id} onChange={() => {
                                setElement(id);
                }} />
              <span>{id === 'none' ? 'None in particular' : ELEMENT_NAMES[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && <Notice tone="alert">{error}</Notice>}
      <SaveStatus slow={slow} />
      <Button type="submit" disabled={readOnly || saving}>
        {saving ? 'Saving…' : 'Set my intention'}
      </Button>
    </form>
  );
}
