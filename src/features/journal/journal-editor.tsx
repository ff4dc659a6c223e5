/**
 * Writing a journal entry: an optional prompt, the text (saved as you type),
 * element and free tags, mood and energy, links to a result or an
 * intention, and a mark "Share with my coach" (stored as `shareWithCoach:
 * true`, or left out altogether when unticked, so an unmarked entry reads as
 * it always did; a share of "only entries marked for my coach" takes these
 * and no others). Used on its own screen and inside the weekly reflection. A
 * prompt marked `support` (it may bring back something distressing) has the
 * support routes folded beneath it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { ChoiceList } from '../../ui/choice-list.tsx';
import { shortTitleOf } from '../../content/catalogue.ts';
import type { JournalPrompt } from '../../content/journal-prompts.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { MAX_ENTRY_LENGTH, parseTags } from '../../domain/journal/entry.ts';
import { useSession } from '../../state/session-store.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';
import { SupportDisclosure, useSupportRoutes } from '../../ui/support-routes.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { IdentifiableReminder } from './identifiable-reminder.tsx';
import { ShareWithCoach, withShareMark } from './share-with-coach.tsx';
import type { EntryAutosave } from './use-entry-autosave.ts';

const MOOD_LABELS = ['Very low', 'Low', 'Okay', 'Good', 'Very good'];
const ENERGY_LABELS = ['Very low', 'Low', 'Some', 'Good', 'Plenty'];
/** How many recent results and intentions are offered as links. */
const LINK_CHOICES = 20;

const STATE_TEXT = { unsaved: 'Not saved yet: start writing', saving: 'Saving…', saved: 'Saved on this device', failed: 'Not saved' } as const;

/** A 1–5 rating as one radio group, with "Not said" for no answer. */
function Rating({ legend, labels, value, onChange, disabled }: { legend: string; labels: string[]; value: number | null; onChange: (v: number | null) => void; disabled: boolean }) {
  const options = [...labels.map((label, index) => ({ id: String(index + 1), label })), { id: 'none', label: 'Not said' }];
  return (
    <ChoiceList
      name={legend}
      text={legend}
      options={options}
      value={value === null ? 'none' : String(value)}
      onChoose={(_name, id) => onChange(id === 'none' ? null : Number(id))}
      disabled={disabled}
    />
  );
}

export interface JournalEditorProps {
  connection: ProfileConnection;
  autosave: EntryAutosave;
  prompts: readonly JournalPrompt[];
}

export function JournalEditor({ connection, autosave, prompts }: JournalEditorProps) {
  const { entry, update, state, error } = autosave;
  const readOnly = useSession((s) => s.readOnly);
  const [tagText, setTagText] = useState(entry.tags.join(', '));
  const elementsId = useId();
  const promptNeedsSupport = entry.promptId !== null && prompts.some((p) => p.id === entry.promptId && p.support === true);
  const supportRoutes = useSupportRoutes(loadSupportRoutes, promptNeedsSupport);
  const links = useLiveQuery(async () => {
    const [responses, intentions] = await Promise.all([listResponses(connection), listIntentions(connection)]);
    return { responses: responses.items.slice(0, LINK_CHOICES), intentions: intentions.items.slice(0, LINK_CHOICES) };
  }, [connection]);

  return (
    <div className="journal-editor">
      <div className="field">
        <label className="field__label" htmlFor="journal-prompt">
          Prompt (optional)
        </label>
        <select
          id="journal-prompt"
          autoComplete="off"
          value={entry.promptId ?? ''}
          disabled={readOnly}
          onChange={(event) => {
            const prompt = prompts.find((p) => p.id === event.target.value);
            update((e) => ({ ...e, promptId: prompt?.id ?? null, promptText: prompt?.text ?? null }));
          }}
        >
          <option value="">No prompt: write freely</option>
          {entry.promptId && !prompts.some((p) => p.id === entry.promptId) && <option value={entry.promptId}>{entry.promptText}</option>}
          {ELEMENT_IDS.map((element) => (
            <optgroup key={element} label={ELEMENT_NAMES[element]}>
              {prompts
                .filter((p) => p.element === element)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.text}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      {entry.promptText && (
        <blockquote className="journal-prompt">
          <p className="plain-text">{entry.promptText}</p>
        </blockquote>
      )}
      {supportRoutes && <SupportDisclosure routes={supportRoutes} />}
      <TextAreaField
        label="Your entry"
        hint="Saved on this device as you type. Only you can read it."
        rows={10}
        value={entry.text}
        maxLength={MAX_ENTRY_LENGTH}
        readOnly={readOnly}
        onChange={(event) => {
          const text = event.target.value;
          update((e) => ({ ...e, text }));
        }}
      />
      <IdentifiableReminder text={entry.text} />
      {/* Not a live region: announcing "Saving…" on every keystroke would drown out the writing. Failures are alerts. */}
      <p className="muted">{STATE_TEXT[state]}</p>
      {error && <Notice tone="alert">{error}</Notice>}
      <fieldset className="likert" aria-labelledby={elementsId} disabled={readOnly}>
        <legend id={elementsId} className="likert__text">
          Elements this entry touches
        </legend>
        <div className="likert__options">
          {ELEMENT_IDS.map((element) => (
            <label key={element} className="likert__option">
              <input
                type="checkbox"
                autoComplete="off"
                checked={entry.elements.includes(element)}
                onChange={(event) => {
                  const on = event.target.checked;
                  update((e) => ({ ...e, elements: on ? ELEMENT_IDS.filter((x) => x === element || e.elements.includes(x)) : e.elements.filter((x) => x !== element) }));
                }}
              />
              <span>{ELEMENT_NAMES[element]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label="Tags"
        hint="Separate tags with commas, for example: handover, night shift"
        value={tagText}
        readOnly={readOnly}
        onChange={(event) => {
          const text = event.target.value;
          setTagText(text);
          update((e) => ({ ...e, tags: parseTags(text) }));
        }}
      />
      <ShareWithCoach checked={entry.shareWithCoach === true} disabled={readOnly} onChange={(on) => update((e) => withShareMark(e, on))} />
      <Rating legend="Mood" labels={MOOD_LABELS} value={entry.mood} disabled={readOnly} onChange={(mood) => update((e) => ({ ...e, mood }))} />
      <Rating legend="Energy" labels={ENERGY_LABELS} value={entry.energy} disabled={readOnly} onChange={(energy) => update((e) => ({ ...e, energy }))} />
      <div className="field">
        <label className="field__label" htmlFor="journal-result">
          Linked result (optional)
        </label>
        <select id="journal-result" autoComplete="off" value={entry.responseId ?? ''} disabled={readOnly} onChange={(event) => update((e) => ({ ...e, responseId: event.target.value || null }))}>
          <option value="">None</option>
          {links?.responses.map((r) => (
            <option key={r.id} value={r.id}>
              {shortTitleOf(r.questionnaireId)}, {formatDate(r.completedAt)}
            </option>
          ))}
          {entry.responseId && links && !links.responses.some((r) => r.id === entry.responseId) && <option value={entry.responseId}>An earlier result</option>}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="journal-intention">
          Linked intention (optional)
        </label>
        <select id="journal-intention" autoComplete="off" value={entry.intentionId ?? ''} disabled={readOnly} onChange={(event) => update((e) => ({ ...e, intentionId: event.target.value || null }))}>
          <option value="">None</option>
          {links?.intentions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.text.length > 60 ? `${i.text.slice(0, 59)}…` : i.text} ({formatDate(i.createdAt)})
            </option>
          ))}
          {entry.intentionId && links && !links.intentions.some((i) => i.id === entry.intentionId) && <option value={entry.intentionId}>An earlier intention</option>}
        </select>
      </div>
    </div>
  );
}
