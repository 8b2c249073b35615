import type { Task } from '../../tasks/types';
import { explainError } from './explain';
import './TaskError.css';

/** A failed task's code and message, with what to do about it. */
export function TaskError({ task }: { readonly task: Task }) {
  if (task.status !== 'error' || task.code === null) return null;
  return (
    <div className="task-error-box">
      <p className="task-error" data-testid="task-error">
        <strong>{task.code}</strong> {task.message}
      </p>
      <p className="task-advice">{explainError(task.code)}</p>
    </div>
  );
}
