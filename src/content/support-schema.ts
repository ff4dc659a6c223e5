/**
 * The zod schema for the support routes (`content/support/support-routes.json`):
 * where an NHS colleague can turn when a result, a prompt or a section
 * touches distress. Shown in the app as plain text with no links, since
 * nothing may send the leader off the device. Build and test time only.
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');
const Text = z.string().trim().min(1, 'must not be empty');

export const SupportRouteSchema = z.strictObject({
  id: Id,
  /** The route's usual name, e.g. "Occupational health". */
  name: Text,
  /** One or two sentences: what it offers and how people usually reach it. */
  description: Text,
});

export const SupportRoutesSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.literal('support-routes'),
  version: z.number().int().min(1),
  /** The heading above the routes, e.g. "If this is weighing on you". */
  title: Text,
  /** A sentence or two before the list. */
  intro: Text,
  routes: z.array(SupportRouteSchema).min(2).max(8),
  /** What to do if someone is at risk now (urgent help), in a sentence or two. */
  urgent: Text,
});

export type SupportRoute = z.infer<typeof SupportRouteSchema>;
export type SupportRoutes = z.infer<typeof SupportRoutesSchema>;
