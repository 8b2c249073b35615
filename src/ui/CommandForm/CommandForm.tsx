import { useEffect, useId, useMemo, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useEditor } from '../../store/editor';
import { ENGINE_COMMANDS, ENGINE_NAMES, isEngineName } from '../../tasks/engines';
import { knownPaths } from './complete';
import { lintArguments } from './lint';
import { revealTask } from '../TaskList/reveal';
import { submitEditor } from './submit';
import { useAutoGrow } from './useAutoGrow';
import { useCompletion } from './useCompletion';
import { useLintTasks } from './useLintTasks';
import './CommandForm.css';

const ENGINE_LABELS = { ffmpeg: 'ffmpeg', imagemagick: 'ImageMagick', graphicsmagick: 'GraphicsMagick' } as const;

/** Renders the command editor: engine, command, arguments with path suggestions and warnings, inputs, timeout and output capture. */
export function CommandForm() {
  const id = useId();
  const editor = useEditor((state) => state);
  const argumentsRef = useRef<HTMLTextAreaElement>(null);
  const tasks = useLintTasks();
  const paths = useMemo(() => knownPaths(tasks), [tasks]);
  const inputNames = useMemo(() => editor.input.split(',').map((name) => name.trim()).filter((name) => name !== ''), [editor.input]);
  const warnings = useMemo(
    () => lintArguments(editor.arguments, { engine: editor.engine, command: editor.command, inputNames, tasks }),
    [editor.arguments, editor.engine, editor.command, inputNames, tasks],
  );
  const suggestions = useCompletion(argumentsRef, editor.arguments, paths, editor.setArguments);
  useAutoGrow(argumentsRef, editor.arguments);

  // A task copied to the editor puts the person where they will edit it.
  useEffect(() => {
    if (editor.loadCount === 0) return;
    argumentsRef.current?.focus();
    argumentsRef.current?.scrollIntoView({ block: 'center' });
  }, [editor.loadCount]);

  const run = (): void => revealTask(submitEditor().name);
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    run();
  };
  const onArgumentsKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
      return;
    }
    if (suggestions.onKeyDown(event)) event.preventDefault();
  };

  const { completion } = suggestions;
  const listboxId = `${id}-suggestions`;
  const optionId = (index: number): string => `${id}-suggestion-${index}`;
  const describedBy = [`${id}-arguments-help`, warnings.length > 0 ? `${id}-warnings` : null].filter((value) => value !== null).join(' ');

  return (
    <form className="panel command-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Command</h2>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-engine`}>Engine</label>
          <select
            id={`${id}-engine`}
            value={editor.engine}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isEngineName(value)) editor.setEngine(value);
            }}
          >
            {ENGINE_NAMES.map((engine) => (
              <option key={engine} value={engine}>
                {ENGINE_LABELS[engine]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-command`}>Command</label>
          <select id={`${id}-command`} value={editor.command} onChange={(event) => editor.setCommand(event.currentTarget.value)}>
            {ENGINE_COMMANDS[editor.engine].map((command) => (
              <option key={command} value={command}>
                {command}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field arguments-field">
        <label htmlFor={`${id}-arguments`}>Arguments</label>
        <textarea
          ref={argumentsRef}
          id={`${id}-arguments`}
          className="arguments"
          value={editor.arguments}
          rows={2}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          placeholder="-i /input/import-1/clip.mp4 -c:v libx264 /output/out.mp4"
          onChange={(event) => {
            editor.setArguments(event.currentTarget.value);
            suggestions.trackCaret();
          }}
          onSelect={suggestions.trackCaret}
          onFocus={suggestions.trackCaret}
          onBlur={suggestions.trackCaret}
          onKeyDown={onArgumentsKey}
          aria-describedby={describedBy}
          aria-autocomplete="list"
          aria-controls={completion === null ? undefined : listboxId}
          aria-activedescendant={completion === null ? undefined : optionId(suggestions.active)}
        />
        {completion !== null && (
          <ul id={listboxId} role="listbox" className="suggestions" aria-label="Path suggestions">
            {completion.options.map((option, index) => (
              <li
                key={option}
                id={optionId(index)}
                role="option"
                aria-selected={index === suggestions.active}
                className={index === suggestions.active ? 'active' : undefined}
                // mousedown, not click: the textarea keeps focus, so the caret stays where the path goes.
                onMouseDown={(event) => {
                  event.preventDefault();
                  suggestions.choose(option);
                }}
              >
                {option}
              </li>
            ))}
          </ul>
        )}
        <small id={`${id}-arguments-help`}>
          Split like a POSIX shell. Inputs are at /input/&lt;task&gt;/, write results to /output/. Type / for path suggestions (arrow keys and Enter or
          Tab to pick). Ctrl+Enter runs.
        </small>
        {warnings.length > 0 && (
          <ul id={`${id}-warnings`} className="warnings" aria-label="Warnings" data-testid="lint-warnings">
            {warnings.map((warning) => (
              <li key={warning.message} className={`warning-${warning.kind}`}>
                {warning.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${id}-input`}>Input tasks</label>
          <input
            id={`${id}-input`}
            value={editor.input}
            placeholder="import-1, import-2"
            onChange={(event) => editor.setInput(event.currentTarget.value)}
            aria-describedby={`${id}-input-help`}
          />
          <small id={`${id}-input-help`}>Filled from the /input/ paths you type, until you edit it.</small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-timeout`}>Timeout</label>
          <input
            id={`${id}-timeout`}
            className="timeout"
            inputMode="numeric"
            value={editor.timeout}
            onChange={(event) => editor.setTimeout(event.currentTarget.value)}
            aria-describedby={`${id}-timeout-unit`}
          />
          <small id={`${id}-timeout-unit`}>seconds</small>
        </div>
      </div>
      <div className="row actions">
        <label className="checkbox">
          <input type="checkbox" checked={editor.captureOutput} onChange={(event) => editor.setCaptureOutput(event.currentTarget.checked)} />
          Capture output
        </label>
        <button type="submit" className="primary">
          Run
        </button>
      </div>
    </form>
  );
}
