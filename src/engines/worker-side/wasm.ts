/** Attempts at fetching an engine's wasm before the load counts as failed. */
const maxWasmAttempts = 3;

/**
 * Fetches and compiles an engine's wasm once, so each instance of the engine
 * skips the compile. A body cut off mid-download is fetched again, because
 * Chromium 156 aborted the 32 MB ffmpeg wasm ("Response body loading was
 * aborted") in end-to-end runs on a first visit, while the service worker
 * was installing. NOTE: the cause was not pinned down. A CompileError (a
 * broken file) is not retried.
 */
export async function compileWasm(url: string, fetchWasm: (url: string) => Promise<Response> = fetch): Promise<WebAssembly.Module> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetchWasm(url);
    if (!response.ok) throw new Error(`Loading ${url} failed with HTTP ${response.status}.`);
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= maxWasmAttempts) throw error;
      console.warn(`Loading ${url} was cut off (attempt ${attempt} of ${maxWasmAttempts}), fetching it again.`, error);
    }
  }
}

/** Emscripten's `instantiateWasm` hook. */
export type InstantiateWasm = (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;

/**
 * Instantiates `wasm` through emscripten's `instantiateWasm` hook and races
 * `create` against a failed instantiation. Emscripten 3.x never settles its
 * ready promise when the hook's instantiation fails (for example a .js and
 * .wasm from different builds), so without the race the engine hangs.
 */
export async function createWithWasm<T>(wasm: WebAssembly.Module, create: (instantiateWasm: InstantiateWasm) => Promise<T>): Promise<T> {
  let rejectFailure: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    rejectFailure = reject;
  });
  const hook: InstantiateWasm = (imports, receive) => {
    WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm), rejectFailure);
    // Emscripten expects an empty object when instantiation is asynchronous.
    return {};
  };
  return Promise.race([create(hook), failure]);
}
