import { useEffect, useState } from 'react';
import { readTransferItems, type DroppedItem } from './entries';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

// Text fields take pasted text, so a paste there adds files only when the clipboard contains files.
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'file');
}

/**
 * Accepts files and folders dropped anywhere on the page and files pasted
 * from the clipboard. Returns true while files are dragged over the page.
 */
export function usePageDrop(onItems: (items: DroppedItem[]) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every child element, so a counter detects when the drag left the page.
    let depth = 0;

    const onDragEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      // Without preventDefault the browser opens the dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      depth = 0;
      setDragging(false);
      if (event.dataTransfer === null || !hasFiles(event)) return;
      event.preventDefault();
      void readTransferItems(Array.from(event.dataTransfer.items)).then(onItems);
    };
    const onPaste = (event: ClipboardEvent): void => {
      const items = Array.from(event.clipboardData?.items ?? []).filter((item) => item.kind === 'file');
      if (items.length === 0) return;
      if (isTextField(event.target) && event.clipboardData?.types.includes('text/plain')) return;
      event.preventDefault();
      void readTransferItems(items).then(onItems);
    };

    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [onItems]);

  return dragging;
}
