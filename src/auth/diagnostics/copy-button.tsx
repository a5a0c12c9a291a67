import { useEffect, useRef, useState } from 'react';

/**
 * Copies `text` to the clipboard and says so in a polite live region ("Copied"), so that screen reader users
 * hear the outcome. Where the Clipboard API is missing (plain http), it says how to copy by hand instead.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage('Copied');
    } catch {
      setMessage('Copy failed: select the text and copy it by hand');
    }
    timer.current = setTimeout(() => setMessage(''), 4000);
  };

  return (
    <span className="copy">
      <button
        type="button"
        className="secondary copy-button"
        aria-label={`Copy ${label}`}
        onClick={() => void copy()}
      >
        Copy
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {message}
      </span>
    </span>
  );
}
