/** Fetches and compiles an engine's wasm once, so each instance of the engine skips the compile. */
export async function compileWasm(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Loading ${url} failed with HTTP ${response.status}.`);
  return WebAssembly.compileStreaming(response);
}

/** Emscripten's `instantiateWasm` hook. */
export type InstantiateWasm = (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;

/** Returns an `instantiateWasm` hook that instantiates the already compiled `wasm`. */
export function instantiateFrom(wasm: WebAssembly.Module): InstantiateWasm {
  return (imports, receive) => {
    void WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm));
    // Emscripten expects an empty object when instantiation is asynchronous.
    return {};
  };
}
