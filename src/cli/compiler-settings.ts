import {setFlagsFromString} from 'node:v8'

/**
 * Turns off TurboFan's inlining for the CLI's process. A command runs for well under a second on
 * most inputs, and most of that time its functions wait for the optimizing compiler, one thread
 * that compiles 200 of them for an `align` of 1,900 sentences; without inlining each job is smaller
 * and the optimized code arrives sooner (measured in the README's Performance section: whole `align`
 * of the NTREX task 13% less wall time at 1.9k sentences, 3% less at 19k). Set before any command
 * module runs; a command-line setting for the process, never made by the library.
 */
export function tuneCompilerForShortRuns(): void {
  setFlagsFromString('--no-turbo-inlining')
}
