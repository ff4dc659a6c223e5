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
  settings: '/settings',
  profiles: '/profiles',
} as const;

export const paths = {
  home: () => routePatterns.home,
  assess: (questionnaireId: string) => routePatterns.assess.replace(':questionnaireId', encodeURIComponent(questionnaireId)),
  result: (responseId: string) => routePatterns.result.replace(':responseId', encodeURIComponent(responseId)),
  history: (questionnaireId: string) => routePatterns.history.replace(':questionnaireId', encodeURIComponent(questionnaireId)),
  library: () => routePatterns.library,
  intentions: () => routePatterns.intentions,
  settings: () => routePatterns.settings,
  profiles: () => routePatterns.profiles,
};
