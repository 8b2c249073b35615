import { useEffect, useState } from 'react';

// How long "Copied" stays visible after a copy. Milliseconds.
const CONFIRMATION_MS = 2000;

/** Copies text to the clipboard and reports the outcome as a short message for a live region. */
export function useCopy(): { readonly message: string; readonly copy: (text: string) => void } {
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (message === '') return undefined;
    const timer = setTimeout(() => setMessage(''), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const copy = (text: string): void => {
    navigator.clipboard.writeText(text).then(
      () => setMessage('Copied.'),
      (error: unknown) => setMessage(`Copying failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return { message, copy };
}
