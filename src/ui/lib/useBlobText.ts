import { useEffect, useState } from 'react';

/** Text of the first `maxBytes` of a Blob, or null while it is read. `truncated` is true when the Blob is longer. */
export function useBlobText(blob: Blob, maxBytes: number): { readonly text: string | null; readonly truncated: boolean } {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setText(null);
    blob
      .slice(0, maxBytes)
      .text()
      .then((value) => {
        if (current) setText(value);
      })
      .catch(() => {
        if (current) setText('');
      });
    return () => {
      current = false;
    };
  }, [blob, maxBytes]);
  return { text, truncated: blob.size > maxBytes };
}
