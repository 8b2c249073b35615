import { useEffect, useState } from 'react';
import { tasksStore } from '../../store/tasks';
import { statusAnnouncements } from './announce';

/** Renders a live region that announces to screen readers when a task starts, finishes or fails. */
export function StatusAnnouncer() {
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      tasksStore.subscribe((state, previous) => {
        const sentences = statusAnnouncements(previous.tasks, state.tasks);
        if (sentences.length > 0) setMessage(sentences.join(' '));
      }),
    [],
  );

  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="status-announcer">
      {message}
    </div>
  );
}
