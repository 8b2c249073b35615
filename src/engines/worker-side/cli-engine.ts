import type { HostMessage } from '../protocol';
import { collectFiles, mountFiles, type EmscriptenFS } from './emscripten-fs';
import { onRun, post } from './post';
import { compileWasm, createWithWasm, type InstantiateWasm } from './wasm';

/** A command-line program compiled with emscripten 3.1.6 (-sMODULARIZE -sEXPORT_ES6 -sINVOKE_RUN=0). */
interface CliModule {
  readonly FS: EmscriptenFS;
  /** Runs main once; with -sEXIT_RUNTIME=1 the runtime exits afterwards. */
  callMain(args: string[]): number;
}

interface CliModuleOptions {
  /** argv[0], which the programs print in front of their messages. */
  thisProgram: string;
  print(line: string): void;
  printErr(line: string): void;
  /** Called with the exit code when main returns or exit() is called. */
  onExit(code: number): void;
  instantiateWasm: InstantiateWasm;
}

type CreateCliModule = (options: CliModuleOptions) => Promise<CliModule>;

/** The per-program details of an engine built in engines-src/. */
export interface CliEngine {
  /** argv that makes the program print its version, such as ['-version']. */
  readonly versionArgs: readonly string[];
  /** Returns the version from the program's version output, or null. */
  readonly parseVersion: (output: string) => string | null;
}

/**
 * Creates one instance of the program. The wasm is compiled once per worker
 * and instantiated per instance, so the version check costs no second compile.
 */
async function instantiate(
  factory: CreateCliModule,
  wasm: WebAssembly.Module,
  program: string,
  print: (stream: 'stdout' | 'stderr', line: string) => void,
): Promise<{ module: CliModule; exitCode: () => number | null }> {
  let exitCode: number | null = null;
  const create = (instantiateWasm: InstantiateWasm): Promise<CliModule> =>
    factory({
      thisProgram: program,
      print: (line) => print('stdout', line),
      printErr: (line) => print('stderr', line),
      onExit: (code) => {
        exitCode = code;
      },
      instantiateWasm,
    });
  const module = await createWithWasm(wasm, create);
  return { module, exitCode: () => exitCode };
}

/** Runs main and returns its exit code, whether main returned or called exit(). */
function runMain(instance: { module: CliModule; exitCode: () => number | null }, args: readonly string[]): number {
  const returned = instance.module.callMain([...args]);
  return instance.exitCode() ?? returned;
}

/** Serves one `run` message: read the version, mount, run the command, collect /output. */
export function serveCliEngine(engine: CliEngine): void {
  onRun(async (message: HostMessage) => {
    const moduleUrl = message.assetUrls['module'];
    const wasmUrl = message.assetUrls['wasm'];
    if (moduleUrl === undefined || wasmUrl === undefined) throw new Error('The engine worker needs the module and wasm URLs.');

    const imported: { default: CreateCliModule } = await import(/* @vite-ignore */ moduleUrl);
    const wasm = await compileWasm(wasmUrl);

    // The runtime exits after one main, so the version comes from a throwaway instance.
    const versionLines: string[] = [];
    const probe = await instantiate(imported.default, wasm, message.command, (_stream, line) => versionLines.push(line));
    runMain(probe, engine.versionArgs);
    const version = engine.parseVersion(versionLines.join('\n'));
    if (version === null) throw new Error(`Could not read the engine version from: ${versionLines.slice(0, 2).join(' / ')}`);
    post({ kind: 'ready', engineVersion: version });

    const instance = await instantiate(imported.default, wasm, message.command, (stream, line) => post({ kind: 'log', stream, line }));
    await mountFiles(instance.module.FS, message.files, message.folders);
    const exitCode = runMain(instance, message.args);

    post({ kind: 'exit', exitCode, files: collectFiles(instance.module.FS) });
  });
}
