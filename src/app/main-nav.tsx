/**
 * The main navigation: the everyday places, one tap from anywhere. One list
 * in the page; the stylesheet shows it as a bar fixed to the bottom on
 * narrow screens and in the header on wider ones. The current place is
 * marked with aria-current="page" and, visibly, with weight and a bar.
 * Choosing a place starts it at the top, as a new page would.
 *
 * While it is the bottom bar it must never hide a focused control (WCAG 2.2
 * 2.4.11). The stylesheet's scroll-padding covers most of that; a text box,
 * though, is scrolled only as far as its caret, and can stay half under the
 * bar, so any control focused behind the bar is brought clear of it here.
 */
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { currentItem, NAV_ITEMS } from './nav-items.ts';

function useFocusClearOf(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const nav = bar.current;
      const target = event.target;
      if (!nav || !(target instanceof Element) || nav.contains(target) || getComputedStyle(nav).position !== 'fixed') return;
      const { top } = nav.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      // Not a region taller than the space above the bar (the main region, focused by the skip link): it could not be brought clear.
      if (box.bottom > top && box.height < top) target.scrollIntoView?.({ block: 'nearest' });
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [bar]);
}

export function MainNav() {
  const { pathname } = useLocation();
  const current = currentItem(NAV_ITEMS, pathname);
  const ref = useRef<HTMLElement>(null);
  useFocusClearOf(ref);
  return (
    <nav ref={ref} className="shell__nav" aria-label="Main">
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
