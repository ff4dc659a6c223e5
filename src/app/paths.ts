/**
 * Every route of the app: its pattern (for the router) and a builder (for
 * links), side by side so they cannot drift apart.
 */
export const routePatterns = {
  home: '/',
  assess: '/assess/:questionnaireId',
  result: '/results/:responseId',
  settings: '/settings',
  profiles: '/profiles',
} as const;

export const paths = {
  home: () => routePatterns.home,
  assess: (questionnaireId: string) => routePatterns.assess.replace(':questionnaireId', encodeURIComponent(questionnaireId)),
  result: (responseId: string) => routePatterns.result.replace(':responseId', encodeURIComponent(responseId)),
  settings: () => routePatterns.settings,
  profiles: () => routePatterns.profiles,
};
