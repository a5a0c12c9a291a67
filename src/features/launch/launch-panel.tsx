import './launch.css';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A disclosure button and the region it opens, in the page (not a modal): the session-expired dialog can open
 * over it and the form stays mounted underneath with everything typed.
 */
export function LaunchPanel({
  openLabel,
  title,
  children,
}: {
  openLabel: string;
  title: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {openLabel}
      </button>
      {open && (
        <section id={id} className="launch-panel" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {children}
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Close
          </button>
        </section>
      )}
    </>
  );
}
