/** /practice/:practiceId — one practice, played with its timer, then logged. */
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { PracticePlayer } from './practice-player.tsx';
import { usePractice } from './use-practices.ts';

export function PracticePlayerScreen() {
  const { practiceId = '' } = useParams();
  const practice = usePractice(practiceId);
  useDocumentTitle(practice ? practice.title : 'Practice');

  if (practice === undefined) return <p role="status">Loading the practice…</p>;
  if (practice === null) {
    return (
      <>
        <h1>Practice not found</h1>
        <p>
          This practice is not on this device. <Link to={paths.practice()}>See all practices</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{practice.title}</h1>
      <PracticePlayer key={practice.id} practiceId={practice.id} />
      <p>
        <Link to={paths.practice()}>All practices and your practice log</Link>
      </p>
    </>
  );
}
