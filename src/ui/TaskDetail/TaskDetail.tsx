import { useId } from 'react';
import { relativePath, type StoredFile } from '../../runner/files';
import { joinOutput } from '../../runner/outcome';
import { useTasks } from '../../store/tasks';
import { taskToJSON } from '../../tasks/json';
import type { Task } from '../../tasks/types';
import { useObjectUrl } from './useObjectUrl';
import './TaskDetail.css';

function FileLink({ file }: { readonly file: StoredFile }) {
  const url = useObjectUrl(file.data);
  const path = relativePath(file);
  return (
    <li>
      {url === null ? path : (
        <a href={url} download={file.filename}>
          Download {path}
        </a>
      )}{' '}
      <span className="size">({file.data.size.toLocaleString('en')} bytes)</span>
    </li>
  );
}

/** One task: its error, console output, files and task JSON. */
export function TaskDetail({ task }: { readonly task: Task }) {
  const id = useId();
  const files = useTasks((state) => state.files[task.id]);
  const logs = useTasks((state) => state.logs[task.id]);
  // While running, show the streamed log; afterwards the captured result.output.
  const output = task.result?.output ?? (logs !== undefined && logs.length > 0 ? joinOutput(logs) : null);
  const json = taskToJSON(task);

  return (
    <section className="panel task-detail" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Task {task.name}</h2>
      {task.status === 'error' && (
        <p role="alert" className="task-error">
          <strong>{task.code}</strong>: {task.message}
        </p>
      )}
      {files !== undefined && files.length > 0 && (
        <>
          <h3>Files</h3>
          <ul className="files">
            {files.map((file) => (
              <FileLink key={relativePath(file)} file={file} />
            ))}
          </ul>
        </>
      )}
      {output !== null && (
        <>
          <h3 id={`${id}-output`}>Output</h3>
          <pre aria-labelledby={`${id}-output`} data-testid="task-output">
            {output}
          </pre>
        </>
      )}
      <h3 id={`${id}-json`}>Task JSON</h3>
      <button type="button" onClick={() => void navigator.clipboard.writeText(json)}>
        Copy JSON
      </button>
      <pre aria-labelledby={`${id}-json`} data-testid="task-json">
        {json}
      </pre>
    </section>
  );
}
