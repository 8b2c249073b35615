import { useId, type FormEvent, type KeyboardEvent } from 'react';
import { useEditor } from '../../store/editor';
import { ENGINE_COMMANDS, ENGINE_NAMES, isEngineName } from '../../tasks/engines';
import { submitEditor } from './submit';
import './CommandForm.css';

const ENGINE_LABELS = { ffmpeg: 'ffmpeg', imagemagick: 'ImageMagick', graphicsmagick: 'GraphicsMagick' } as const;

/** The command editor: engine, command, arguments, inputs, timeout and output capture. */
export function CommandForm() {
  const id = useId();
  const editor = useEditor((state) => state);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    submitEditor();
  };
  const onArgumentsKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitEditor();
    }
  };

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
      <div className="field">
        <label htmlFor={`${id}-arguments`}>Arguments</label>
        <textarea
          id={`${id}-arguments`}
          className="arguments"
          value={editor.arguments}
          rows={Math.min(12, Math.max(3, editor.arguments.split('\n').length + 1))}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          placeholder="-i /input/import-1/clip.mp4 -c:v libx264 /output/out.mp4"
          onChange={(event) => editor.setArguments(event.currentTarget.value)}
          onKeyDown={onArgumentsKey}
          aria-describedby={`${id}-arguments-help`}
        />
        <small id={`${id}-arguments-help`}>
          Split like a POSIX shell. Inputs are at /input/&lt;task&gt;/, write results to /output/. Ctrl+Enter runs.
        </small>
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${id}-input`}>Input tasks</label>
          <input
            id={`${id}-input`}
            value={editor.input}
            placeholder="import-1, import-2"
            onChange={(event) => editor.setInput(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-timeout`}>Timeout</label>
          <input id={`${id}-timeout`} inputMode="numeric" value={editor.timeout} onChange={(event) => editor.setTimeout(event.currentTarget.value)} aria-describedby={`${id}-timeout-unit`} />
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
