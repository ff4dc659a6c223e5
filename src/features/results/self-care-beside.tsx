/**
 * Beside a leadership result: the latest self-compassion and self-care
 * check-in, since caring for others depends on caring for yourself; or an
 * invitation to take it. The support routes are folded beneath either,
 * unless the result already shows them in full (a band that signposts them).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { catalogue } from '../../content/catalogue.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listResponsesOf } from '../../storage/repositories/responses-repo.ts';
import { formatDate } from '../../ui/format.ts';
import { minutesInWords } from '../../ui/format-prose.ts';
import { SupportDisclosure, useSupportRoutes } from '../../ui/support-routes.tsx';

const SELF_CARE = catalogue.find((entry) => entry.purpose === 'self-care');

export function SelfCareBeside({ connection, routesShown = false }: {
  connection: ProfileConnection;
  /** The result already shows the support routes in full: not folded here again. */
  routesShown?: boolean;
}) {
  const latest = useLiveQuery(async () => {
    if (!SELF_CARE) return null;
    const { items } = await listResponsesOf(connection, SELF_CARE.id);
    return items[0] ?? null;
  }, [connection]);
  const routes = useSupportRoutes(loadSupportRoutes, SELF_CARE !== undefined && !routesShown);
  if (!SELF_CARE || latest === undefined) return null;
  const score = latest ? scoreResponse(latest).sections.find((s) => s.score !== null)?.score ?? null : null;
  return (
    <aside className="card" aria-labelledby="self-care-heading">
      <h2 id="self-care-heading">Caring for yourself</h2>
      {latest === null ? (
        <p>
          Leading with compassion is easier to sustain when you extend some of it to yourself.{' '}
          <Link to={paths.assess(SELF_CARE.id)}>Take the {SELF_CARE.shortTitle.toLowerCase()}</Link> (about{' '}
          {minutesInWords(SELF_CARE.estimatedMinutes)}).
        </p>
      ) : (
        <p>
          Your last {SELF_CARE.shortTitle.toLowerCase()}, on {formatDate(latest.completedAt)}:{' '}
          {score === null ? 'not enough answers to score' : `${score} out of 100`}.{' '}
          <Link to={paths.result(latest.id)}>See it</Link> or <Link to={paths.assess(SELF_CARE.id)}>check in again</Link>.
        </p>
      )}
      {routes && <SupportDisclosure routes={routes} summary="Where to turn if work is weighing on you" />}
    </aside>
  );
}
