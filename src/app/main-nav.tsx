/**
 * The main navigation: the everyday places, one tap from anywhere. One list
 * in the page; the stylesheet shows it as a bar fixed to the bottom on
 * narrow screens and in the header on wider ones. The current place is
 * marked with aria-current="page" and, visibly, with weight and a bar.
 * Choosing a place starts it at the top, as a new page would.
 */
import { Link, useLocation } from 'react-router';
import { currentItem, NAV_ITEMS } from './nav-items.ts';

export function MainNav() {
  const { pathname } = useLocation();
  const current = currentItem(NAV_ITEMS, pathname);
  return (
    <nav className="shell__nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item === current ? 'page' : undefined} onClick={() => window.scrollTo?.(0, 0)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
