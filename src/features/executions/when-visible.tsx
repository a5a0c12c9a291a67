import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Mounts `children` only while this spot is on screen (with a margin), so per-row reads and polls cost what the
 * person can see, not what the table holds. Without IntersectionObserver everything mounts.
 */
export function WhenVisible({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const spot = useRef<HTMLSpanElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = spot.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((e) => e.isIntersecting)),
      { rootMargin: '200px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return <span ref={spot}>{visible ? children : placeholder}</span>;
}
