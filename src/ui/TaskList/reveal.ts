/**
 * Scrolls a task's row into view once React has rendered it. On a phone the
 * task list sits below the editor, so without this a Run changes nothing on
 * screen. `block: 'nearest'` leaves a row that is already visible alone.
 */
export function revealTask(name: string): void {
  requestAnimationFrame(() => {
    document.querySelector(`li.task-row[data-task-name="${CSS.escape(name)}"]`)?.scrollIntoView({ block: 'nearest' });
  });
}
