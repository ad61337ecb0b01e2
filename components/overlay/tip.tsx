/**
 * A button that shows a note on hover, focus or click (a toggle for touch
 * and keyboard), and hides on Escape, blur, leaving or scrolling.
 *
 * The note is a `popover` element, so it sits in the top layer and no
 * `overflow: hidden` of the host page can clip it; it is placed below the
 * button (above when there is no room) and kept inside the viewport. Screen
 * readers get it as the button's description (`aria-describedby`) once it
 * opens on focus. Its content renders only while open: a page can hold
 * dozens of these.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

let nextId = 0;

export interface TipProps {
  /** The button's accessible name. */
  label: string;
  /** What the button shows. */
  trigger: ComponentChildren;
  triggerClass?: string;
  children: ComponentChildren;
}

type Popover = HTMLDivElement & { showPopover?: () => void; hidePopover?: () => void };

export function Tip({ label, trigger, triggerClass = 'tip-trigger', children }: TipProps) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useRef(`uptake-tip-${++nextId}`).current;
  const button = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLDivElement>(null);
  const leaving = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = () => {
    if (leaving.current) clearTimeout(leaving.current);
    setOpen(true);
  };
  const hide = () => {
    setOpen(false);
    setPinned(false);
  };
  const hideSoon = () => {
    if (pinned) return;
    leaving.current = setTimeout(() => setOpen(false), 120);
  };

  useLayoutEffect(() => {
    const el = note.current as Popover | null;
    const b = button.current;
    if (!el || !b) return;
    if (!open) {
      if (el.matches?.(':popover-open')) el.hidePopover?.();
      return;
    }
    if (typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    const r = b.getBoundingClientRect();
    const view = b.ownerDocument.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = Math.max(8, Math.min(r.left + r.width / 2 - w / 2, vw - w - 8));
    const below = r.bottom + 6;
    const top = below + h > vh - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : below;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const view = button.current?.ownerDocument.defaultView;
    const onScroll = () => hide();
    view?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => view?.removeEventListener('scroll', onScroll, { capture: true });
  }, [open]);

  useEffect(() => () => void (leaving.current && clearTimeout(leaving.current)), []);

  return (
    <span class="tip" onMouseEnter={show} onMouseLeave={hideSoon}>
      <button
        ref={button}
        type="button"
        class={triggerClass}
        aria-label={label}
        aria-describedby={id}
        aria-expanded={open}
        onFocus={show}
        onBlur={() => !pinned && setOpen(false)}
        onClick={() => {
          if (pinned) hide();
          else {
            setPinned(true);
            show();
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide();
        }}
      >
        {trigger}
      </button>
      <div
        ref={note}
        id={id}
        role="tooltip"
        class={`tip-note${open ? ' is-open' : ''}`}
        {...{ popover: 'manual' }}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
      >
        {open && children}
      </div>
    </span>
  );
}
