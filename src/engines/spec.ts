/** The worker factory and file URLs the runner starts an engine with. */
export interface EngineSpec {
  readonly createWorker: () => Worker;
  /** Absolute URLs, because Vite's dev server rewrites root-relative dynamic imports. */
  readonly assetUrls: () => Readonly<Record<string, string>>;
}
