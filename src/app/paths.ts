/** Every route of the app, as builders, so links and routes cannot drift apart. */
export const paths = {
  home: () => '/',
  assess: (questionnaireId: string) => `/assess/${encodeURIComponent(questionnaireId)}`,
  result: (responseId: string) => `/results/${encodeURIComponent(responseId)}`,
  settings: () => '/settings',
};
