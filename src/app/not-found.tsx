import { Link } from 'react-router';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { paths } from './paths.ts';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. Your reflections are safe.</p>
      <p>
        <Link to={paths.home()}>Go to Today</Link>
      </p>
    </>
  );
}
