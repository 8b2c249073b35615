import type { StoredFile } from '../../runner/files';
import { useZipDownload } from './useZipDownload';
import { taskZipEntries } from './zip';

/** Downloads all files of one task as `<task name>.zip`. */
export function TaskZip({ taskName, files }: { readonly taskName: string; readonly files: readonly StoredFile[] }) {
  const zip = useZipDownload();
  return (
    <>
      <button type="button" onClick={() => zip.download(taskZipEntries(files), `${taskName}.zip`)} disabled={zip.busy}>
        {zip.busy ? 'Building ZIP…' : `Download all files of ${taskName} (ZIP)`}
      </button>
      {zip.error !== null && (
        <p role="alert" className="zip-error">
          {zip.error}
        </p>
      )}
    </>
  );
}
