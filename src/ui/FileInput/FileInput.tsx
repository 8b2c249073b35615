import { useId, useState, type DragEvent } from 'react';
import { tasksStore } from '../../store/tasks';
import { loadSample, SAMPLES } from './samples';
import './FileInput.css';

/** Adds the user's files as import tasks: by picker, by drag and drop, or a bundled sample. */
export function FileInput() {
  const pickerId = useId();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const addFiles = (files: readonly File[]): void => {
    if (files.length === 0) return;
    setError(null);
    for (const file of files) tasksStore.getState().addImportTask([file]);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  const addSample = (filename: string, type: string): void => {
    loadSample(filename, type)
      .then((file) => addFiles([file]))
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };

  return (
    <section className="panel" aria-labelledby={`${pickerId}-heading`}>
      <h2 id={`${pickerId}-heading`}>Files</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>Drop files here. Each file becomes an import task, readable at /input/import-N/.</p>
        <label htmlFor={pickerId} className="file-label">
          Add files
        </label>
        <input
          id={pickerId}
          type="file"
          multiple
          onChange={(event) => {
            addFiles(Array.from(event.currentTarget.files ?? []));
            event.currentTarget.value = '';
          }}
        />
      </div>
      <div className="samples">
        {SAMPLES.map((sample) => (
          <button key={sample.filename} type="button" onClick={() => addSample(sample.filename, sample.type)} title={sample.description}>
            Add {sample.label.toLowerCase()}
          </button>
        ))}
      </div>
      {error !== null && <p role="alert">{error}</p>}
    </section>
  );
}
