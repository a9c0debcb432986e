import type { Command } from 'commander';

/** What a command module gets: the program to add its command to, and how to report its exit status. */
export interface CommandContext {
  program: Command;
  /** Sets the process exit status (0 ok, 1 failure, 2 usage). */
  setStatus(status: number): void;
  /** Whether `--verbose` was given (print causes of errors). */
  verbose(): boolean;
}

/** A command module: adds one command (with its subcommands) to the program. */
export type RegisterCommand = (context: CommandContext) => void;
