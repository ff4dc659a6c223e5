/**
 * The parts of Today that come from storage: first the weekly reflection
 * (the one way into the week), then the intention waiting for its
 * follow-up, any unfinished reflections, recent results, and (once all
 * that is on screen) the latest change, inviting the leader into Progress,
 * and a word about backups when one is due (or a restore, in an empty profile).
 * Loaded after the first paint.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { shortTitleOf } from '../../content/catalogue.ts';
import { awaitingFollowUp } from '../../domain/intentions/intention.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { CARRY_PULSE_LOOKBACK, pulseToCarry } from '../../domain/weekly/weekly-reflection.ts';
import { localDate, weekOf } from '../../domain/weekly/weeks.ts';
import { useConnection } from '../../state/session-store.ts';
import { listDrafts } from '../../storage/repositories/drafts-repo.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { listRecentResponses } from '../../storage/repositories/responses-repo.ts';
import { getPreferences, listWeeklyReflections } from '../../storage/repositories/weekly-repo.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { PlainText } from '../../ui/text-area-field.tsx';
import { deviceTimeZone, today } from '../../ui/today.ts';
import { BackupNudge } from './backup-nudge.tsx';
import { LatestChange } from './latest-change.tsx';
import { PastResults, RECENT_RESULTS } from './past-results.tsx';
import { PromptOfTheDay } from './prompt-of-the-day.tsx';
import { WeeklyStatus } from './weekly-status.tsx';

export function HomeRecords() {
  const connection = useConnection();
  const records = useLiveQuery(
    async () => ({
      drafts: await listDrafts(connection),
      // At least one more than Today lists, so it knows whether to point to older results, and enough to find this week's pulse.
      responses: await listRecentResponses(connection, Math.max(RECENT_RESULTS + 1, CARRY_PULSE_LOOKBACK)),
      intentions: await listIntentions(connection),
      weekly: await listWeeklyReflections(connection),
      preferences: await getPreferences(connection),
    }),
    [connection],
  );

  useEffect(() => {
    if (records !== undefined) performance.mark?.('attune:home-ready');
  }, [records]);

  if (records === undefined) return <p className="muted">Loading your results…</p>;
  const unreadable = records.drafts.unreadable + records.responses.unreadable + records.intentions.unreadable + records.weekly.unreadable;
  const waiting = awaitingFollowUp(records.intentions.items);
  const date = today();
  const pulse = pulseToCarry(records.responses.items, weekOf(date), deviceTimeZone());
  return (
    <>
      <WeeklyStatus
        date={date}
        reflections={records.weekly.items}
        preferences={records.preferences}
        pulseTakenOn={pulse ? localDate(new Date(pulse.completedAt), deviceTimeZone()) : null}
      />
      {unreadable > 0 && (
        <Notice tone="warning" title="Some saved records could not be read">
          <p>
            {unreadable === 1
              ? '1 saved record has been altered or does not belong to this profile, so it is not shown.'
              : `${unreadable} saved records have been altered or do not belong to this profile, so they are not shown.`}{' '}
            Nothing has been deleted.
          </p>
        </Notice>
      )}
      {waiting && (
        <section className="card" aria-labelledby="current-intention-heading">
          <h2 id="current-intention-heading">Your intention</h2>
          <p className="muted">Set {formatDate(waiting.createdAt)}</p>
          <PlainText text={waiting.text} />
          <p>
            Your next reflection will ask how it went, or <Link to={paths.intentions()}>say how it went now</Link>.
          </p>
        </section>
      )}
      {records.drafts.items.map((draft) => (
        <Notice key={draft.questionnaireId} tone="info" title={`You have an unfinished ${shortTitleOf(draft.questionnaireId).toLowerCase()}`}>
          <p>
            Last saved {formatDateTime(draft.updatedAt)}, with {countAnswers(draft)} {countAnswers(draft) === 1 ? 'answer' : 'answers'}{' '}
            so far. <Link to={paths.assess(draft.questionnaireId)}>Open it</Link> to resume or start again.
          </p>
        </Notice>
      ))}
      <PromptOfTheDay date={date} />
      <PastResults responses={records.responses.items} />
      <LatestChange connection={connection} />
      <BackupNudge connection={connection} />
      {records.intentions.items.length > 0 && (
        <p>
          <Link to={paths.intentions()}>All your intentions and how they went</Link>
        </p>
      )}
    </>
  );
}
