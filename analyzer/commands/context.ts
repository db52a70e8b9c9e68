/** What every subcommand gets from the CLI: its streams, clock and the exit code it sets. */
import { InvalidArgumentError } from 'commander';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Today's date (UTC) as YYYY-MM-DD; injectable for tests. */
  today: () => string;
}

export interface CommandContext {
  io: Io;
  /** Set the process exit code (0 ok, 1 gate failed). Errors are thrown, not set. */
  setExitCode(code: number): void;
  /** Whether `--debug` was given. */
  debug(): boolean;
}

export const EXIT = { ok: 0, gateFailed: 1, error: 2 } as const;

/** Option parser for whole numbers ≥ 1. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} expects a whole number ≥ 1.`);
    return n;
  };
}

/** Option parser for repeatable options. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
