import { useId, useState, type FormEvent } from 'react';
import { tasksStore } from '../../store/tasks';
import { TaskError } from '../../tasks/errors';
import { fetchForImport } from '../../pwa/fetch-url';
import { importFromUrl } from './importUrl';
import { wasBlockedByPolicy } from './policy';
import './UrlImport.css';

/** Imports a file from a URL as an import/url task, fetched by the browser. */
export function UrlImport() {
  const id = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    setError(null);
    importFromUrl(url, { store: tasksStore, fetch: (input) => fetchForImport(String(input)), wasBlockedByPolicy })
      .then(() => setUrl(''))
      .catch((failure: unknown) => {
        if (!(failure instanceof TaskError)) throw failure;
        setError(failure.message);
      });
  };

  return (
    <form className="url-import" onSubmit={onSubmit}>
      <label htmlFor={`${id}-url`}>File URL</label>
      <div className="url-row">
        <input
          id={`${id}-url`}
          type="url"
          required
          value={url}
          placeholder="https://…/clip.mp4"
          onChange={(event) => setUrl(event.currentTarget.value)}
          aria-describedby={error === null ? undefined : `${id}-error`}
        />
        <button type="submit">Import URL</button>
      </div>
      {error !== null && (
        <p id={`${id}-error`} role="alert" className="url-error">
          {error}
        </p>
      )}
    </form>
  );
}
