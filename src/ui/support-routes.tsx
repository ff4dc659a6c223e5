/**
 * The support routes (content/support/support-routes.json): where an NHS
 * colleague can turn when something touches distress. Plain text with no
 * links, since nothing may send the leader off the device; quiet styling, so
 * it reads as an offer, not an alarm.
 *
 * `SupportRoutes` here is the shape the component needs. It matches the
 * content type of src/content/support-schema.ts, which ui may not import, so
 * a feature passes in the loader (src/content/support-routes.ts).
 */
import { useId } from 'react';
import { useLoaded } from './use-loaded.ts';

export interface SupportRoutes {
  readonly title: string;
  readonly intro: string;
  readonly routes: ReadonlyArray<{ readonly id: string; readonly name: string; readonly description: string }>;
  readonly urgent: string;
}

export interface SupportRoutesProps {
  routes: SupportRoutes;
  /** The level of the title's heading; 3 unless told. */
  headingLevel?: 2 | 3 | 4;
}

/** The routes in full, as a section named by its title. */
export function SupportRoutesPanel({ routes, headingLevel = 3 }: SupportRoutesProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="support-routes" aria-labelledby={titleId}>
      <Heading id={titleId} className="support-routes__title">
        {routes.title}
      </Heading>
      <SupportRoutesBody routes={routes} />
    </section>
  );
}

/**
 * What is shown when the routes cannot be loaded (a chunk missing from the
 * cache after an update, offline): never nothing, since this is safety text.
 */
export const ROUTES_UNAVAILABLE: SupportRoutes = {
  title: 'If this is weighing on you',
  intro: 'The list of places to turn could not be opened just now. Your occupational health team, your employee assistance programme and your GP can all help.',
  routes: [],
  urgent: 'If you are at risk now, call 999 or go to A&E. For urgent advice, call NHS 111. Samaritans answer any time on 116 123.',
};

function SupportRoutesBody({ routes }: { routes: SupportRoutes }) {
  return (
    <>
      <p>{routes.intro}</p>
      {routes.routes.length > 0 && (
        <ul className="support-routes__list">
          {routes.routes.map((route) => (
            <li key={route.id}>
              <strong>{route.name}</strong>. {route.description}
            </li>
          ))}
        </ul>
      )}
      <p className="support-routes__urgent">{routes.urgent}</p>
    </>
  );
}

export interface SupportDisclosureProps {
  routes: SupportRoutes;
  /** The words on the closed disclosure. */
  summary?: string;
}

/** The routes folded away behind a short line, for beside a prompt. */
export function SupportDisclosure({ routes, summary = 'Support if this brings up something hard' }: SupportDisclosureProps) {
  return (
    <details className="support-routes support-routes--folded">
      <summary>{summary}</summary>
      <p className="support-routes__title">{routes.title}</p>
      <SupportRoutesBody routes={routes} />
    </details>
  );
}

/**
 * The routes once `load` (stable, e.g. loadSupportRoutes) gives them, or
 * ROUTES_UNAVAILABLE if it fails; undefined while loading or when `wanted` is false.
 */
export function useSupportRoutes(load: () => Promise<SupportRoutes>, wanted = true): SupportRoutes | undefined {
  const routes = useLoaded(wanted ? 'support-routes' : undefined, load);
  return routes === null ? ROUTES_UNAVAILABLE : routes;
}
