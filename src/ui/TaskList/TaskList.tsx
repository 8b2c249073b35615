import { appQueue } from '../../runner/app-queue';
import type { Task } from '../../tasks/types';
import './TaskList.css';

interface TaskListProps {
  readonly tasks: readonly Task[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The session's tasks, newest last, with status, progress and the error message. */
export function TaskList({ tasks, selectedId, onSelect }: TaskListProps) {
  return (
    <section className="panel" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading">Tasks</h2>
      {tasks.length === 0 && <p className="empty">No tasks yet. Add a file, then run a command.</p>}
      <ul className="task-list" aria-live="polite">
        {tasks.map((task) => (
          <li key={task.id} className={task.id === selectedId ? 'task-row selected' : 'task-row'} data-task-name={task.name}>
            <button type="button" className="task-name" onClick={() => onSelect(task.id)} aria-pressed={task.id === selectedId}>
              {task.name}
            </button>
            <span className="operation">{task.operation}</span>
            <span className={`status status-${task.status}`} data-testid="task-status">
              {task.status}
            </span>
            {task.operation === 'command' && (
              <span className="progress">
                <progress max={100} value={task.percent} aria-label={`${task.name} progress`} />
                <span>{task.percent}%</span>
              </span>
            )}
            {(task.status === 'waiting' || task.status === 'processing') && (
              <button type="button" onClick={() => appQueue.cancel(task.id)}>
                Cancel <span className="visually-hidden">{task.name}</span>
              </button>
            )}
            {task.status === 'error' && (
              <p className="task-error" data-testid="task-error">
                <strong>{task.code}</strong> {task.message}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
