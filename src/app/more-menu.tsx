/**
 * "More": a disclosure in the header for the places a person needs now and
 * then (profiles, settings, this device), so the everyday navigation stays
 * short. A real button that opens a list of links: keyboard and screen
 * reader friendly, no hover. It closes on Escape (focus returns to the
 * button), on a click or tap outside it, and whenever the route changes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../state/session-store.ts';
import { currentItem, itemsFor, MORE_ITEMS } from './nav-items.ts';

export function MoreMenu() {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const kind = useSession((s) => s.profile?.kind);
  const items = itemsFor(MORE_ITEMS, kind);
  const current = currentItem(items, pathname);
  // A change of route closes the list (adjusting state while rendering, as React recommends over an effect).
  if (open && openedAt !== pathname) {
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="shell__more" ref={container}>
      <button
        ref={button}
        type="button"
        className={`shell__more-button${current ? ' shell__more-button--current' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        More<span className="visually-hidden">: profiles and settings</span>
        <span className="shell__more-sign" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <ul id={panelId} className="shell__more-list" hidden={!open}>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={item === current ? 'page' : undefined}
              onClick={() => {
                setOpen(false);
                window.scrollTo?.(0, 0);
              }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
