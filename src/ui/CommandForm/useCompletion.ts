import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { applyCompletion, completionAt, type Completion } from './complete';

export interface CompletionControls {
  readonly completion: Completion | null;
  /** Index of the highlighted option. */
  readonly active: number;
  /** Records the caret after a click, key or selection change, so suggestions follow it. */
  readonly trackCaret: () => void;
  /** Handles arrow keys, Enter, Tab and Escape while suggestions are open; returns true when it used the key. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  readonly choose: (option: string) => void;
}

/** Suggests paths for the word at the caret of a textarea, and inserts the chosen one. */
export function useCompletion(ref: RefObject<HTMLTextAreaElement | null>, text: string, paths: readonly string[], setText: (text: string) => void): CompletionControls {
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const completion = caret === null || dismissedAt === text ? null : completionAt(text, caret, paths);
  const activeIndex = completion === null ? 0 : Math.min(active, completion.options.length - 1);

  // Puts the caret after an inserted path once React has written the new value.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || pendingCaret.current === null) return;
    element.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [ref, text]);

  const trackCaret = (): void => {
    const element = ref.current;
    if (element === null) return;
    const next = element.selectionStart === element.selectionEnd && document.activeElement === element ? element.selectionStart : null;
    if (next !== caret) setActive(0);
    setCaret(next);
  };

  const choose = (option: string): void => {
    if (completion === null) return;
    const applied = applyCompletion(text, completion, option);
    pendingCaret.current = applied.caret;
    setCaret(applied.caret);
    setActive(0);
    setText(applied.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (completion === null || event.ctrlKey || event.metaKey || event.altKey) return false;
    const count = completion.options.length;
    switch (event.key) {
      case 'ArrowDown':
        setActive((activeIndex + 1) % count);
        return true;
      case 'ArrowUp':
        setActive((activeIndex - 1 + count) % count);
        return true;
      case 'Enter':
      case 'Tab': {
        const option = completion.options[activeIndex];
        if (option === undefined || event.shiftKey) return false;
        choose(option);
        return true;
      }
      case 'Escape':
        setDismissedAt(text);
        return true;
      default:
        return false;
    }
  };

  return { completion, active: activeIndex, trackCaret, onKeyDown, choose };
}
