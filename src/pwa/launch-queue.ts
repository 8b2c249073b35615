/**
 * The File Handling API's launch queue (Chromium 102+), which TypeScript's
 * `dom` lib does not declare. It exists only where the installed app can be
 * opened with files, through the manifest's `file_handlers`.
 */
interface LaunchParams {
  readonly files: readonly FileSystemHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

declare global {
  interface Window {
    readonly launchQueue?: LaunchQueue;
  }
}

function isFileHandle(handle: FileSystemHandle): handle is FileSystemFileHandle {
  return handle.kind === 'file';
}

/**
 * Passes the files the app was opened with, one at a time, to `addFile`.
 * Does nothing in a browser without the File Handling API.
 */
export function consumeLaunchedFiles(addFile: (file: File) => void): void {
  window.launchQueue?.setConsumer((params) => {
    void (async () => {
      for (const handle of params.files.filter(isFileHandle)) {
        try {
          addFile(await handle.getFile());
        } catch (error) {
          console.error(`Opening the launched file "${handle.name}" failed`, error);
        }
      }
    })();
  });
}
