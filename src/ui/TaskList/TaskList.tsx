import type { Task } from '../../tasks/types';
import { useNow } from '../lib/useNow';
import { SessionZip } from '../Downloads/SessionZip';
import { TaskRow } from './TaskRow';
import './TaskList.css';

interface TaskListProps {
  readonly tasks: readonly Task[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** Renders the queue: the session's tasks, oldest first, which the runner runs in that order. */
export function TaskList({ tasks, selectedId, onSelect }: TaskListProps) {
  const now = useNow(tasks.some((task) => task.status === 'processing'));

  return (
    <section className="panel" aria-labelledby="task-list-heading">
      <div className="panel-head">
        <h2 id="task-list-heading">Tasks</h2>
        <SessionZip />
      </div>
      {tasks.length === 0 && <p className="empty">No tasks yet. Add a file, then run a command.</p>}
      <ul className="task-list">
        {tasks.map((task) => (
          <TaskRow key={task.id} task={task} selected={task.id === selectedId} now={now} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
