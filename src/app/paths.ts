/**
 * Every route of the app: its pattern (for the router) and a builder (for
 * links), side by side so they cannot drift apart.
 */
export const routePatterns = {
  home: '/',
  assess: '/assess/:questionnaireId',
  result: '/results/:responseId',
  history: '/history/:questionnaireId',
  library: '/reflections',
  intentions: '/intentions',
  reflect: '/reflect',
  journal: '/journal',
  journalEntry: '/journal/:entryId',
  practice: '/practice',
  practicePlayer: '/practice/:practiceId',
  settings: '/settings',
  profiles: '/profiles',
  progress: '/progress',
  backup: '/backup',
  report: '/report',
  share: '/share',
  coach: '/coach',
  coachee: '/coach/:coacheeId',
  coacheeResult: '/coach/:coacheeId/results/:responseId',
} as const;

export const paths = {
  home: () => routePatterns.home,
  assess: (questionnaireId: string) => routePatterns.assess.replace(':questionnaireId', encodeURIComponent(questionnaireId)),
  result: (responseId: string) => routePatterns.result.replace(':responseId', encodeURIComponent(responseId)),
  history: (questionnaireId: string) => routePatterns.history.replace(':questionnaireId', encodeURIComponent(questionnaireId)),
  library: () => routePatterns.library,
  intentions: () => routePatterns.intentions,
  reflect: () => routePatterns.reflect,
  journal: () => routePatterns.journal,
  /** A new entry, optionally answering a prompt. */
  journalNew: (promptId?: string) => (promptId ? `/journal/new?prompt=${encodeURIComponent(promptId)}` : '/journal/new'),
  journalEntry: (entryId: string) => routePatterns.journalEntry.replace(':entryId', encodeURIComponent(entryId)),
  practice: () => routePatterns.practice,
  practicePlayer: (practiceId: string) => routePatterns.practicePlayer.replace(':practiceId', encodeURIComponent(practiceId)),
  settings: () => routePatterns.settings,
  profiles: () => routePatterns.profiles,
  progress: () => routePatterns.progress,
  backup: () => routePatterns.backup,
  /** The backup screen, opened at its restore section. */
  restore: () => `${routePatterns.backup}#restore`,
  /** The printable report of every result. */
  report: () => routePatterns.report,
  /** Sharing with a coach (the leader's side), and notes a coach sent back. */
  share: () => routePatterns.share,
  /** The coach space: the list of coachees. */
  coach: () => routePatterns.coach,
  /** One coachee's read-only review (their id is their link id). */
  coachee: (coacheeId: string) => routePatterns.coachee.replace(':coacheeId', encodeURIComponent(coacheeId)),
  /** One of a coachee's results, read-only, with the coach's private note on it. */
  coacheeResult: (coacheeId: string, responseId: string) =>
    routePatterns.coacheeResult.replace(':coacheeId', encodeURIComponent(coacheeId)).replace(':responseId', encodeURIComponent(responseId)),
};
