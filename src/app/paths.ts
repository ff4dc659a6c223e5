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
};
