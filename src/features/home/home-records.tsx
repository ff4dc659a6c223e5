/**
 * The parts of Today that come from storage: an unfinished self-assessment,
 * if any, and the list of past results. Loaded after the first paint.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { useConnection } from '../../state/session-store.ts';
import { listDrafts } from '../../storage/repositories/drafts-repo.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { PastResults } from './past-results.tsx';

export function HomeRecords() {
  const connection = useConnection();
  const records = useLiveQuery(
    async () => ({ drafts: await listDrafts(connection), responses: await listResponses(connection) }),
    [connection],
  );

  useEffect(() => {
    if (records !== undefined) performance.mark?.('attune:home-ready');
  }, [records]);

  if (records === undefined) return <p className="muted">Loading your results…</p>;
  const unreadable = records.drafts.unreadable + records.responses.unreadable;
  return (
    <>
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
      {records.drafts.items.map((draft) => (
        <Notice key={draft.questionnaireId} tone="info" title="You have an unfinished self-assessment">
          <p>
            Last saved {formatDateTime(draft.updatedAt)}, with {countAnswers(draft)}{' '}
            {countAnswers(draft) === 1 ? 'answer' : 'answers'} so far. Opening the self-assessment lets you resume it
            or start again.
          </p>
        </Notice>
      ))}
      <PastResults responses={records.responses.items} />
    </>
  );
}
