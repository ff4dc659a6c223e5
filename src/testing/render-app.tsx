/** Renders the whole app at a route, as a user would meet it, with an in-memory database. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../app/app.tsx';

export function renderApp(route = '/') {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[route]}>
      <App />
    </MemoryRouter>,
  );
  return { user, ...result };
}
