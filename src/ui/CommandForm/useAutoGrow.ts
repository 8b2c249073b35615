import { useLayoutEffect, type RefObject } from 'react';

/** Sets a textarea's height to fit its content; CSS max-height caps it and scrolls beyond. */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    element.style.height = 'auto';
    // scrollHeight excludes the border, which box-sizing: border-box counts in height.
    const border = element.offsetHeight - element.clientHeight;
    element.style.height = `${element.scrollHeight + border}px`;
  }, [ref, value]);
}
