import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export interface PageFile {
  readonly name: string;
  readonly type: string;
  /** File content as base64, because page.evaluate passes only JSON values. */
  readonly base64: string;
}

/** Reads a file from disk into the form `dropFiles` and `pasteFiles` take. */
export async function pageFile(filePath: string, type: string, name = filePath.split('/').at(-1) ?? 'file'): Promise<PageFile> {
  return { name, type, base64: (await readFile(filePath)).toString('base64') };
}

/**
 * Drops files on the page as a person dragging them from the desktop would:
 * dragenter, dragover and drop on `selector`, with a DataTransfer that contains
 * the files. Chromium gives a scripted DataTransfer no folder entries, so
 * folders are tested through the "Add folder" picker instead.
 */
export async function dropFiles(page: Page, files: readonly PageFile[], selector = 'body'): Promise<void> {
  const transfer = await page.evaluateHandle((items: readonly PageFile[]) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return data;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, type, { dataTransfer: transfer });
  }
}

/** Pastes files as Ctrl+V with files on the clipboard would, on the focused element or the body. */
export async function pasteFiles(page: Page, files: readonly PageFile[]): Promise<void> {
  await page.evaluate((items: readonly PageFile[]) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: item.type }));
    }
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, files);
}

/** Lists the paths inside a ZIP file with Info-ZIP's zipinfo, which Debian ships with unzip. */
export function zipPaths(zipPath: string): string[] {
  return execFileSync('zipinfo', ['-1', zipPath], { encoding: 'utf8' }).split('\n').filter((line) => line !== '');
}
