import { useState } from 'react';
import { buildZip, saveBlob, type ZipEntry } from './zip';

/** Builds and saves a ZIP archive, with the state a button shows meanwhile. */
export function useZipDownload(): { readonly busy: boolean; readonly error: string | null; readonly download: (entries: readonly ZipEntry[], filename: string) => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = (entries: readonly ZipEntry[], filename: string): void => {
    setBusy(true);
    setError(null);
    buildZip(entries)
      .then((zip) => saveBlob(zip, filename))
      .catch((failure: unknown) => setError(`Building ${filename} failed: ${failure instanceof Error ? failure.message : String(failure)}`))
      .finally(() => setBusy(false));
  };
  return { busy, error, download };
}
