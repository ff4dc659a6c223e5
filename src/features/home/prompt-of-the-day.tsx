/** On Today: the journal prompt of the day, and a way to write about it; the support routes, folded, beside a prompt that may bring up something hard. */
import { useEffect, useState } from 'react';
import { paths } from '../../app/paths.ts';
import type { JournalPrompt } from '../../content/journal-prompts.ts';
import { loadJournalPrompts, promptForDay } from '../../content/journal-prompts.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { SupportDisclosure, useSupportRoutes } from '../../ui/support-routes.tsx';

export function PromptOfTheDay({ date }: { date: string }) {
  const [prompt, setPrompt] = useState<JournalPrompt>();
  useEffect(() => {
    let live = true;
    void loadJournalPrompts().then((prompts) => live && setPrompt(promptForDay(prompts, date)));
    return () => {
      live = false;
    };
  }, [date]);
  const routes = useSupportRoutes(loadSupportRoutes, prompt?.support === true);
  if (!prompt) return null;
  return (
    <section className="card" aria-labelledby="prompt-of-the-day-heading">
      <h2 id="prompt-of-the-day-heading">Today’s prompt</h2>
      <p className="muted">{ELEMENT_NAMES[prompt.element]}</p>
      <blockquote className="journal-prompt">
        <p>{prompt.text}</p>
      </blockquote>
      {routes && <SupportDisclosure routes={routes} />}
      <ButtonLink variant="secondary" to={paths.journalNew(prompt.id)}>
        Write about this in your journal
      </ButtonLink>
    </section>
  );
}
