/**
 * The `testaudit` command line. Thin: parse arguments, call the library, print. Exit codes:
 * 0 done · 1 a quality gate failed · 2 usage, configuration, input or internal error.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from '../src/lib/errors.js';
import { registerAudit } from './commands/audit.js';
import { registerBaseline } from './commands/baseline.js';
import { registerDiff } from './commands/diff.js';
import { registerReport } from './commands/report.js';
import { registerSite } from './commands/site.js';
import { EXIT, type CommandContext, type Io } from './commands/context.js';

/** Every subcommand lives in `commands/<name>.ts` and registers itself here, one line each. */
const COMMANDS = [registerAudit, registerReport, registerDiff, registerBaseline, registerSite];
import { TOOL_VERSION } from './version.js';

export { EXIT };

const defaultIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  today: () => new Date().toISOString().slice(0, 10),
});

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const program = new Command('testaudit')
    .description('Audit a pytest suite against your testing standards.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error:/, 'testaudit: error:')),
    })
    .showHelpAfterError('(run with --help for usage)');

  const ctx: CommandContext = { io, setExitCode: (code) => void (exitCode = code), debug: () => debug };
  for (const register of COMMANDS) register(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (error instanceof UserError) {
      for (const line of error.message.split('\n')) io.stderr.write(`testaudit: ${line}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return EXIT.error;
    }
    const err = error as Error;
    io.stderr.write(`testaudit: internal error: ${err?.message ?? String(error)}\n${err?.stack ?? ''}\n`);
    io.stderr.write('This is a bug in testaudit. Please report it with the command you ran and the stack above.\n');
    return EXIT.error;
  }
}
