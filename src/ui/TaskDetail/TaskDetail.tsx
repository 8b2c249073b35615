import { useId, useState } from 'react';
import { relativePath } from '../../runner/files';
import { joinOutput } from '../../runner/outcome';
import { useTasks } from '../../store/tasks';
import { taskToJSON } from '../../tasks/json';
import type { Task } from '../../tasks/types';
import { BeforeAfter } from '../BeforeAfter/BeforeAfter';
import { beforeAfterPair } from '../BeforeAfter/pair';
import { TaskZip } from '../Downloads/TaskZip';
import { FilePreview } from '../FilePreview/FilePreview';
import { useCopy } from '../lib/useCopy';
import { TaskError } from '../TaskError/TaskError';
import { TaskLog } from '../TaskLog/TaskLog';
import './TaskDetail.css';

// Previews beyond this many files of one task wait for a click, so a folder of frames does not load at once.
const PREVIEWED_FILES = 8;

/** Renders one task: its error, before/after images, files with previews and downloads, console output and task JSON. */
export function TaskDetail({ task }: { readonly task: Task }) {
  const id = useId();
  const files = useTasks((state) => state.files[task.id]);
  const allFiles = useTasks((state) => state.files);
  const logs = useTasks((state) => state.logs[task.id]);
  const [previewAll, setPreviewAll] = useState(false);
  const json = useCopy();

  // While running, show the streamed log; afterwards the captured result.output, else the streamed log.
  const output = task.result?.output ?? (logs !== undefined && logs.length > 0 ? joinOutput(logs) : null);
  const taskJson = taskToJSON(task);
  const pair = beforeAfterPair(task, allFiles);
  const fileCount = files?.length ?? 0;

  return (
    <section className="panel task-detail" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Task {task.name}</h2>
      <TaskError task={task} />
      {pair !== null && <BeforeAfter before={pair.before} after={pair.after} />}
      {files !== undefined && fileCount > 0 && (
        <>
          <div className="detail-head">
            <h3>Files</h3>
            <TaskZip taskName={task.name} files={files} />
          </div>
          <ul className="files">
            {files.map((file, index) => (
              <FilePreview
                key={relativePath(file)}
                file={file}
                // The before/after comparison already shows its output image.
                preview={file !== pair?.after.file && (previewAll || index < PREVIEWED_FILES)}
              />
            ))}
          </ul>
          {!previewAll && fileCount > PREVIEWED_FILES && (
            <button type="button" onClick={() => setPreviewAll(true)}>
              Preview all {fileCount} files
            </button>
          )}
        </>
      )}
      {task.operation === 'command' && task.status === 'finished' && fileCount === 0 && (
        <p className="no-files" data-testid="no-files">
          The command wrote no files to /output/. Only files written there become results.
        </p>
      )}
      {output !== null && <TaskLog text={output} live={task.status === 'processing'} />}
      <div className="detail-head">
        <h3 id={`${id}-json`}>Task JSON</h3>
        <button type="button" onClick={() => json.copy(taskJson)}>
          Copy JSON
        </button>
        <span role="status" className="copy-status">
          {json.message}
        </span>
      </div>
      <pre aria-labelledby={`${id}-json`} data-testid="task-json" tabIndex={0}>
        {taskJson}
      </pre>
    </section>
  );
}
