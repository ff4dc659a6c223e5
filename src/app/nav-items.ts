/**
 * The everyday places of the main navigation, in order, and which routes
 * belong to each, so the place a person is in stays marked on its inner
 * pages too (a result belongs to Reflect; an entry belongs to Journal).
 * Adding a place is one line here.
 */
import { matchPath } from 'react-router';
import { paths } from './paths.ts';

export interface NavItem {
  label: string;
  to: string;
  /** Route patterns (react-router syntax) where this item is the current place. */
  matches: readonly string[];
  /** Listed only while a coach space is open (the route itself works for any profile). */
  coachOnly?: true;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Today', to: paths.home(), matches: ['/'] },
  { label: 'Reflect', to: paths.library(), matches: ['/reflections/*', '/reflect/*', '/assess/*', '/results/*', '/history/*', '/intentions/*', '/report/*'] },
  { label: 'Journal', to: paths.journal(), matches: ['/journal/*'] },
  { label: 'Practices', to: paths.practice(), matches: ['/practice/*'] },
  { label: 'Progress', to: paths.progress(), matches: ['/progress/*'] },
];

/** The secondary places, behind "More": who is using the app and how this device behaves. */
export const MORE_ITEMS: readonly NavItem[] = [
  { label: 'Profiles', to: paths.profiles(), matches: ['/profiles/*'] },
  { label: 'Settings', to: paths.settings(), matches: ['/settings/*'] },
  { label: 'Back up and restore', to: paths.backup(), matches: ['/backup/*'] },
  { label: 'Share with a coach', to: paths.share(), matches: ['/share/*'] },
  { label: 'Coaching', to: paths.coach(), matches: ['/coach/*'], coachOnly: true },
];

/** The items a profile of this kind is offered. */
export function itemsFor(items: readonly NavItem[], kind: 'coach' | undefined): readonly NavItem[] {
  return kind === 'coach' ? items : items.filter((item) => !item.coachOnly);
}

/** The item whose routes include `pathname`, if any. */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items.find((item) => item.matches.some((pattern) => matchPath(pattern, pathname) !== null));
}
