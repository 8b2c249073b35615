import { useTasks } from '../../store/tasks';
import { sessionZipEntries } from './zip';
import { ZipButton } from './ZipButton';

/** Downloads every file of the session, imports and outputs, as one ZIP archive. */
export function SessionZip() {
  const tasks = useTasks((state) => state.tasks);
  const files = useTasks((state) => state.files);
  const count = tasks.reduce((total, task) => total + (files[task.id]?.length ?? 0), 0);
  const label = count === 0 ? 'Download all files (ZIP)' : `Download all ${count} ${count === 1 ? 'file' : 'files'} (ZIP)`;

  return (
    <ZipButton
      label={label}
      filename="transmute-session.zip"
      entries={() => sessionZipEntries(tasks.map((task) => ({ name: task.name, files: files[task.id] ?? [] })))}
      disabled={count === 0}
    />
  );
}
