import type { StoredFile } from '../../runner/files';
import { taskZipEntries } from './zip';
import { ZipButton } from './ZipButton';

/** Downloads all files of one task as `<task name>.zip`. */
export function TaskZip({ taskName, files }: { readonly taskName: string; readonly files: readonly StoredFile[] }) {
  return <ZipButton label={`Download all files of ${taskName} (ZIP)`} filename={`${taskName}.zip`} entries={() => taskZipEntries(files)} />;
}
