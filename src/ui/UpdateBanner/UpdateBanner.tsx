import { useEffect, useState } from 'react';
import { installUpdate, isBusyTask, startPwa } from '../../pwa/start';
import { usePwa } from '../../pwa/store';
import { useTasks } from '../../store/tasks';
import './UpdateBanner.css';

/**
 * Offers a new deployment once its service worker is installed. Reload stays
 * disabled while a task is running or queued, because reloading would stop it.
 */
export function UpdateBanner() {
  useEffect(startPwa, []);
  const update = usePwa((state) => state.update);
  const busyTasks = useTasks((state) => state.tasks.filter(isBusyTask).length);
  const hasTasks = useTasks((state) => state.tasks.length > 0);
  const [error, setError] = useState<string | null>(null);

  if (update === 'none') return null;

  const reload = (): void => {
    if (update === 'activated') {
      window.location.reload();
      return;
    }
    installUpdate().catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };

  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <p>
        <strong>Update available.</strong>{' '}
        {update === 'activated' ? 'Another tab has switched to the new version; reload this one to match.' : 'Reload to use the new version.'}
      </p>
      <button type="button" onClick={reload} disabled={busyTasks > 0}>
        Reload
      </button>
      {busyTasks > 0 && <p>Reload is available when the {busyTasks === 1 ? 'running task ends' : `${busyTasks} running and queued tasks end`}.</p>}
      {busyTasks === 0 && hasTasks && <p>Reloading clears the task list and its files, so download the results you need first.</p>}
      {error !== null && <p role="alert">{error}</p>}
    </div>
  );
}
