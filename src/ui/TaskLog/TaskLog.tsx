import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useCopy } from '../lib/useCopy';
import { collapseProgress } from './collapse';
import './TaskLog.css';

// A long run can print hundreds of thousands of lines; the view keeps the end, Copy takes everything.
const MAX_SHOWN_LINES = 2000;
// Within this many pixels of the bottom the view follows new lines; further up, it stays where the person scrolled.
const FOLLOW_THRESHOLD_PX = 24;

/** Renders a task's console output as it streams in, with ffmpeg's progress lines collapsed and a Copy button. */
export function TaskLog({ text, live }: { readonly text: string; readonly live: boolean }) {
  const id = useId();
  const preRef = useRef<HTMLPreElement>(null);
  const following = useRef(true);
  const { message, copy } = useCopy();

  const lines = useMemo(() => collapseProgress(text.replace(/\n$/, '').split('\n')), [text]);
  const hidden = Math.max(0, lines.length - MAX_SHOWN_LINES);
  const shown = hidden === 0 ? lines : lines.slice(hidden);

  useLayoutEffect(() => {
    const pre = preRef.current;
    if (pre !== null && following.current) pre.scrollTop = pre.scrollHeight;
  }, [text]);

  return (
    <div className="task-log">
      <div className="log-head">
        <h3 id={`${id}-heading`}>Output{live ? ' (live)' : ''}</h3>
        <button type="button" onClick={() => copy(text)}>
          Copy output
        </button>
        <span role="status" className="copy-status">
          {message}
        </span>
      </div>
      {hidden > 0 && <p className="log-note">The first {hidden} lines are hidden; Copy output copies all of them.</p>}
      <pre
        ref={preRef}
        aria-labelledby={`${id}-heading`}
        data-testid="task-output"
        tabIndex={0}
        onScroll={(event) => {
          const pre = event.currentTarget;
          following.current = pre.scrollHeight - pre.scrollTop - pre.clientHeight < FOLLOW_THRESHOLD_PX;
        }}
      >
        {shown.join('\n')}
      </pre>
    </div>
  );
}
