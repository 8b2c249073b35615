import { useCallback, useId, useState } from 'react';
import type { DroppedItem } from './entries';
import { addItems } from './addItems';
import { itemsFromRelativePaths } from './plan';
import { loadSample, SAMPLES } from './samples';
import { usePageDrop } from './usePageDrop';
import { UrlImport } from '../UrlImport/UrlImport';
import { FileList } from '../FileList/FileList';
import './FileInput.css';

/**
 * Adds the user's files as import tasks: dropped anywhere on the page,
 * pasted, picked as files or a folder, fetched from a URL, or a bundled sample.
 */
export function FileInput() {
  const id = useId();
  const [group, setGroup] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);

  const add = useCallback((items: DroppedItem[]) => setProblems(addItems(items, group)), [group]);
  const dragging = usePageDrop(add);

  const addPicked = (input: HTMLInputElement): void => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    add(itemsFromRelativePaths(files.map((file) => ({ file, relativePath: file.webkitRelativePath }))));
  };

  const addSample = (filename: string, type: string): void => {
    loadSample(filename, type)
      .then((file) => add([{ kind: 'file', file }]))
      .catch((failure: unknown) => setProblems([failure instanceof Error ? failure.message : String(failure)]));
  };

  return (
    <section className="panel file-input" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Files</h2>
      <div className={dragging ? 'drop-zone dragging' : 'drop-zone'} data-testid="drop-zone">
        <p id={`${id}-help`}>
          Drop files or folders anywhere on this page, paste them with Ctrl+V, or pick them. Each addition becomes an import task, readable at
          /input/&lt;task&gt;/.
        </p>
        <input id={`${id}-files`} className="visually-hidden" type="file" multiple onChange={(event) => addPicked(event.currentTarget)} aria-describedby={`${id}-help`} />
        <label htmlFor={`${id}-files`} className="button-like">
          Add files
        </label>
        <input
          id={`${id}-folder`}
          className="visually-hidden"
          type="file"
          ref={(input) => {
            // React 19 has no prop for this attribute, so it is set on the element.
            if (input !== null) input.webkitdirectory = true;
          }}
          onChange={(event) => addPicked(event.currentTarget)}
        />
        <label htmlFor={`${id}-folder`} className="button-like">
          Add folder
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={group} onChange={(event) => setGroup(event.currentTarget.checked)} />
          Group files added together into one task
        </label>
      </div>
      <div className="samples">
        {SAMPLES.map((sample) => (
          <button key={sample.filename} type="button" onClick={() => addSample(sample.filename, sample.type)} title={sample.description}>
            Add {sample.label.toLowerCase()}
          </button>
        ))}
      </div>
      <UrlImport />
      {problems.length > 0 && (
        <ul role="alert" className="problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <FileList />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop to add {group ? 'as one task' : 'each file or folder as a task'}
        </div>
      )}
    </section>
  );
}
