import { useZipDownload } from './useZipDownload';
import type { ZipEntry } from './zip';

interface ZipButtonProps {
  readonly label: string;
  readonly filename: string;
  /** Called on click, so the entries reflect the files at that moment. */
  readonly entries: () => readonly ZipEntry[];
  readonly disabled?: boolean;
}

/** Renders a button that builds a ZIP of `entries` in the browser and saves it, with its error below. */
export function ZipButton({ label, filename, entries, disabled = false }: ZipButtonProps) {
  const zip = useZipDownload();
  return (
    <>
      <button type="button" onClick={() => zip.download(entries(), filename)} disabled={disabled || zip.busy}>
        {zip.busy ? 'Building ZIP…' : label}
      </button>
      {zip.error !== null && (
        <p role="alert" className="zip-error">
          {zip.error}
        </p>
      )}
    </>
  );
}
