/** Fetches and compiles an engine's wasm once, so each instance of the engine skips the compile. */
export async function compileWasm(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Loading ${url} failed with HTTP ${response.status}.`);
  return WebAssembly.compileStreaming(response);
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
