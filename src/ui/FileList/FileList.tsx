import { useState } from 'react';
import { relativePath, type StoredFile } from '../../runner/files';
import { useTasks } from '../../store/tasks';
import type { Task } from '../../tasks/types';
import { formatBytes } from '../lib/format';
import { mimeType } from '../lib/media';
import { Thumbnail } from '../Thumbnail/Thumbnail';
import { RenameTask } from './RenameTask';
import './FileList.css';

// A dropped folder can hold thousands of frames, so a task shows this many cards until asked for all.
const INITIAL_CARDS = 12;

function FileCard({ file }: { readonly file: StoredFile }) {
  const path = relativePath(file);
  return (
    <li className="file-card">
      <Thumbnail filename={file.filename} data={file.data} />
      <span className="file-facts">
        <span className="file-name">{path}</span>
        <span className="file-meta">
          {formatBytes(file.data.size)} · {mimeType(file.filename, file.data.type) || 'unknown type'}
        </span>
      </span>
    </li>
  );
}

function ImportGroup({ task, files }: { readonly task: Task; readonly files: readonly StoredFile[] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? files : files.slice(0, INITIAL_CARDS);
  const url = task.operation === 'import/url' && typeof task.payload === 'object' && task.payload !== null && 'url' in task.payload ? String(task.payload.url) : null;

  return (
    <li className="import-group" data-import={task.name}>
      <div className="import-head">
        <RenameTask task={task} /> <code>/input/{task.name}/</code>
      </div>
      {url !== null && task.status === 'processing' && (
        <p className="import-note">
          Fetching {url}… {task.percent > 0 ? `${task.percent}%` : ''}
        </p>
      )}
      {task.status === 'error' && <p className="import-note import-error">{task.message}</p>}
      {shown.length > 0 && (
        <ul className="file-cards">
          {shown.map((file) => (
            <FileCard key={relativePath(file)} file={file} />
          ))}
        </ul>
      )}
      {shown.length < files.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {files.length} files of {task.name}
        </button>
      )}
    </li>
  );
}

/** Renders the session's imported files by import task, with a thumbnail, size and type for each. */
export function FileList() {
  const tasks = useTasks((state) => state.tasks);
  const files = useTasks((state) => state.files);
  const imports = tasks.filter((task) => task.operation !== 'command');
  if (imports.length === 0) return null;

  return (
    <ul className="import-groups" aria-label="Imported files">
      {imports.map((task) => (
        <ImportGroup key={task.id} task={task} files={files[task.id] ?? []} />
      ))}
    </ul>
  );
}
