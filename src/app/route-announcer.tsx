import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { focusMainHeading } from '../components/focus';

/**
 * After each change of page (not of its query, e.g. filters) focus moves to the new page's main heading and
 * the page's title is announced, as a full page load would do. The first render is a page load: left alone.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const [message, setMessage] = useState('');
  const previous = useRef(pathname);

  // Runs after the page's own effects (children first), so document.title is already the new page's.
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    focusMainHeading();
    setMessage(document.title);
  }, [pathname]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
