/** Run the CLI in-process with captured streams, as a user would call it. */
import { main } from '../../analyzer/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { cwd: string; today?: string; tty?: boolean }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    cwd: opts.cwd,
    today: () => opts.today ?? '2026-02-01',
  });
  return { code, stdout, stderr };
}
