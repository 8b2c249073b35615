import { useId, useState, type FormEvent } from 'react';
import { tasksStore } from '../../store/tasks';
import { TaskError } from '../../tasks/errors';
import type { Task } from '../../tasks/types';

/** Renders a task's name with a Rename action, which checks the new name as the task model does. */
export function RenameTask({ task }: { readonly task: Task }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = (): void => {
    setDraft(null);
    setError(null);
  };
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (draft === null) return;
    try {
      tasksStore.getState().renameTask(task.id, draft.trim());
      close();
    } catch (failure) {
      if (!(failure instanceof TaskError)) throw failure;
      setError(failure.message);
    }
  };

  if (draft === null) {
    return (
      <>
        <strong>{task.name}</strong>
        <button type="button" className="rename" onClick={() => setDraft(task.name)}>
          Rename <span className="visually-hidden">{task.name}</span>
        </button>
      </>
    );
  }
  return (
    <form className="rename-form" onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>New name for {task.name}</label>
      <input
        id={`${id}-name`}
        value={draft}
        autoFocus
        spellCheck={false}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
        aria-describedby={error === null ? undefined : `${id}-error`}
      />
      <button type="submit">Save name</button>
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error !== null && (
        <p id={`${id}-error`} role="alert" className="import-error">
          {error}
        </p>
      )}
    </form>
  );
}
