/**
 * The support routes an NHS colleague has (occupational health, the employee
 * assistance programme, restorative supervision, their GP), as plain text
 * with no links, so nothing sends the leader off the device.
 */
import { useId } from 'react';
import { withFullStop } from './format-prose.ts';

/** The shape of content/support/support-routes.json (src/content/support-schema.ts), as far as it is shown. */
export interface SupportRoutesContent {
  title: string;
  intro: string;
  routes: ReadonlyArray<{ id: string; name: string; description: string }>;
  urgent: string;
}

export function SupportRoutes({ routes, headingLevel = 3 }: { routes: SupportRoutesContent; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  return (
    <section className="support-routes" aria-labelledby={headingId}>
      <Heading id={headingId}>{routes.title}</Heading>
      <p>{routes.intro}</p>
      <ul>
        {routes.routes.map((route) => (
          <li key={route.id}>
            <strong>{withFullStop(route.name)}</strong> {route.description}
          </li>
        ))}
      </ul>
      <p>{routes.urgent}</p>
    </section>
  );
}
