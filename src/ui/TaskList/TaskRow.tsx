import { appQueue } from '../../runner/app-queue';
import { editorStore } from '../../store/editor';
import { tasksStore } from '../../store/tasks';
import type { Task } from '../../tasks/types';
import { describeDuration, formatDuration } from '../lib/format';
import { TaskError } from '../TaskError/TaskError';
import { elapsedSeconds, remainingSeconds } from './timing';

interface TaskRowProps {
  readonly task: Task;
  readonly selected: boolean;
  readonly now: number;
  readonly onSelect: (id: string) => void;
}

function Timing({ task, now }: { readonly task: Task; readonly now: number }) {
  const elapsed = elapsedSeconds(task, now);
  const remaining = remainingSeconds(task, now);
  if (elapsed === null || task.operation !== 'command') return null;
  return (
    <span className="timing">
      <span title="Elapsed time" aria-label={`Elapsed ${describeDuration(elapsed)}`}>
        {formatDuration(elapsed)}
      </span>
      {remaining !== null && (
        <span title="Estimated time left, from the progress so far" aria-label={`About ${describeDuration(remaining)} left`}>
          {' '}
          · ~{formatDuration(remaining)} left
        </span>
      )}
    </span>
  );
}

/** Renders one task of the queue: name, status, progress, timing, actions and the error. */
export function TaskRow({ task, selected, now, onSelect }: TaskRowProps) {
  const running = task.status === 'waiting' || task.status === 'processing';
  const isCommand = task.operation === 'command';
  const showsProgress = isCommand || task.operation === 'import/url';

  return (
    <li className={selected ? 'task-row selected' : 'task-row'} data-task-name={task.name}>
      <button type="button" className="task-name" onClick={() => onSelect(task.id)} aria-pressed={selected}>
        {task.name}
      </button>
      <span className="operation">{task.operation}</span>
      <span className={`status status-${task.status}`} data-testid="task-status">
        {task.status}
      </span>
      {showsProgress && (
        <span className="progress">
          <progress max={100} value={task.percent} aria-label={`${task.name} progress`} />
          <span>{task.percent}%</span>
        </span>
      )}
      <Timing task={task} now={now} />
      <span className="task-actions">
        {isCommand && running && (
          <button type="button" onClick={() => appQueue.cancel(task.id)}>
            Cancel <span className="visually-hidden">{task.name}</span>
          </button>
        )}
        {isCommand && !running && (
          <button type="button" onClick={() => onSelect(tasksStore.getState().addCommandTask(task.payload).id)}>
            Retry <span className="visually-hidden">{task.name}</span>
          </button>
        )}
        {isCommand && (
          <button type="button" onClick={() => editorStore.getState().loadPayload(task.payload)}>
            Edit <span className="visually-hidden">{task.name}</span> in editor
          </button>
        )}
      </span>
      <TaskError task={task} />
    </li>
  );
}
