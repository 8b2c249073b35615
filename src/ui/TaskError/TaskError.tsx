import type { Task } from '../../tasks/types';
import { explainError } from './explain';
import './TaskError.css';

/** Renders a failed task's code and message, with advice on what to do next. */
export function TaskError({ task }: { readonly task: Task }) {
  if (task.status !== 'error' || task.code === null) return null;
  return (
    <div className="task-error-box">
      <p className="task-error" data-testid="task-error">
        <strong>{task.code}</strong> {task.message}
      </p>
      <p className="task-advice">{explainError(task.code, task.operation)}</p>
    </div>
  );
}
