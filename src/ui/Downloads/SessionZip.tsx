import { useTasks } from '../../store/tasks';
import { useZipDownload } from './useZipDownload';
import { sessionZipEntries } from './zip';

/** Downloads every file of the session, imports and outputs, as one ZIP archive. */
export function SessionZip() {
  const tasks = useTasks((state) => state.tasks);
  const files = useTasks((state) => state.files);
  const zip = useZipDownload();
  const count = tasks.reduce((total, task) => total + (files[task.id]?.length ?? 0), 0);
  const entries = () => sessionZipEntries(tasks.map((task) => ({ name: task.name, files: files[task.id] ?? [] })));

  return (
    <>
      <button type="button" onClick={() => zip.download(entries(), 'transmute-session.zip')} disabled={count === 0 || zip.busy}>
        {zip.busy ? 'Building ZIP…' : count === 0 ? 'Download all files (ZIP)' : `Download all ${count} ${count === 1 ? 'file' : 'files'} (ZIP)`}
      </button>
      {zip.error !== null && (
        <p role="alert" className="zip-error">
          {zip.error}
        </p>
      )}
    </>
  );
}
