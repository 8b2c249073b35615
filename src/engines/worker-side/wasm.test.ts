import { describe, expect, it } from 'vitest';
import { compileWasm, createWithWasm } from './wasm';

// A minimal module that imports one function, env.f, and exports nothing.
const IMPORTING_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66,
  0x00, 0x00,
]);

/** Stands in for an emscripten factory: resolves only after the hook hands over an instance. */
function fakeFactory(imports: WebAssembly.Imports) {
  return (instantiateWasm: Parameters<Parameters<typeof createWithWasm>[1]>[0]) =>
    new Promise<WebAssembly.Instance>((resolve) => {
      instantiateWasm(imports, (instance) => resolve(instance));
    });
}

describe('createWithWasm', () => {
  it('resolves with the instance the hook received', async () => {
    const wasm = await WebAssembly.compile(IMPORTING_MODULE);
    const instance = await createWithWasm(wasm, fakeFactory({ env: { f: () => undefined } }));
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
  });

  it('rejects when an import is missing', async () => {
    const wasm = await WebAssembly.compile(IMPORTING_MODULE);
    await expect(createWithWasm(wasm, fakeFactory({}))).rejects.toThrow(TypeError);
  });
});

describe('compileWasm', () => {
  const wasmResponse = (): Response => new Response(IMPORTING_MODULE, { headers: { 'Content-Type': 'application/wasm' } });
  /** A response whose body fails mid-stream, as a cut-off download does. */
  const cutOffResponse = (): Response =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new TypeError('Response body loading was aborted'));
        },
      }),
      { headers: { 'Content-Type': 'application/wasm' } },
    );

  it('fetches again after a cut-off body', async () => {
    const responses = [cutOffResponse(), wasmResponse()];
    const module = await compileWasm('engine.wasm', async () => responses.shift() ?? wasmResponse());
    expect(module).toBeInstanceOf(WebAssembly.Module);
  });

  it('gives up after three cut-off bodies', async () => {
    await expect(compileWasm('engine.wasm', async () => cutOffResponse())).rejects.toThrow(TypeError);
  });

  it('rejects an HTTP error without retrying', async () => {
    let calls = 0;
    const fetchWasm = async (): Promise<Response> => {
      calls += 1;
      return new Response('missing', { status: 404 });
    };
    await expect(compileWasm('engine.wasm', fetchWasm)).rejects.toThrow('Loading engine.wasm failed with HTTP 404.');
    expect(calls).toBe(1);
  });
});
