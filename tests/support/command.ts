/** What a command wrote and the exit code it returned, as spawnSync tells of a child process. */
export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/**
 * Runs a command's `main` (src/plan/main.ts, src/fix/main.ts) in this process, as its cli.ts runs
 * it, with this process's environment and `env` over it. A child process would spend seconds
 * loading the same modules for each call; a few tests still spawn each command end to end.
 */
export async function runCommand(main: (argv: string[], io: Io) => number | Promise<number>, argv: string[], env: Record<string, string> = {}): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    // A pipe, as a spawned command's stdout is: no colours.
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}
