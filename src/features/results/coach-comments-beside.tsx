/**
 * "Your coach's notes": what a coach wrote about this result, shown beside
 * it read-only, each labelled with the coach's name and date, and only when
 * the leader chose to keep them (on /share). Absent when there are none.
 */
import { useEffect, useState } from 'react';
import type { CoachComment } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { PlainText } from '../../ui/text-area-field.tsx';
import { coachCommentsOn } from './coach-comments-actions.ts';

export function CoachCommentsBeside({ connection, responseId }: { connection: ProfileConnection; responseId: string }) {
  const [comments, setComments] = useState<{ responseId: string; list: CoachComment[] } | 'failed' | null>(null);
  useEffect(() => {
    let cancelled = false;
    coachCommentsOn(connection, responseId).then(
      (list) => !cancelled && setComments({ responseId, list }),
      () => !cancelled && setComments('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [connection, responseId]);

  if (comments === 'failed') return <Notice tone="warning">Any notes from your coach about this result could not be read just now.</Notice>;
  if (comments === null || comments.responseId !== responseId || comments.list.length === 0) return null;
  return (
    <section className="card" aria-labelledby="coach-comments-heading">
      <h2 id="coach-comments-heading">Your coach's notes</h2>
      <ul className="answer-list">
        {comments.list.map((comment) => (
          <li key={comment.id}>
            <PlainText text={comment.text} />
            <p className="muted">
              From {comment.coachName}, {formatDate(comment.updatedAt)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
