import { useId, useState, type FormEvent } from 'react';
import { tasksStore } from '../../store/tasks';

const EXAMPLE = `{
  "operation": "command",
  "input": "import-1",
  "engine": "ffmpeg",
  "command": "ffprobe",
  "arguments": "-v error -show_format /input/import-1/sample.mp4",
  "capture_output": true
}`;

/** Runs a CloudConvert command-task payload pasted as JSON, as the API would receive it. */
export function PayloadForm() {
  const id = useId();
  const [text, setText] = useState(EXAMPLE);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (failure) {
      setError(`The payload is not valid JSON: ${failure instanceof Error ? failure.message : String(failure)}`);
      return;
    }
    setError(null);
    tasksStore.getState().addCommandTask(payload);
  };

  return (
    <details className="panel">
      <summary>Run a JSON payload</summary>
      <form onSubmit={onSubmit} className="command-form">
        <label htmlFor={`${id}-payload`}>Payload JSON</label>
        <textarea id={`${id}-payload`} rows={9} spellCheck={false} value={text} onChange={(event) => setText(event.currentTarget.value)} />
        {error !== null && <p role="alert">{error}</p>}
        <button type="submit">Run payload</button>
      </form>
    </details>
  );
}
