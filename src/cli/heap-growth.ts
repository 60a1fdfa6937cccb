import {setFlagsFromString} from 'node:v8'

/** Input (both files of `check` together, the file of `parse --format json`) from which the CLI trades some CPU time for a smaller peak. */
const largeInput = 4 * 1024 * 1024

/**
 * V8 lets the old generation grow to up to four times what survived the last full collection
 * before it collects again; on a large pair most of the peak is then garbage (5 MB a side:
 * 182 MB live, 653 MB used when the rules end). From `largeInput` on, the heap may grow by half
 * of what survives instead (`--heap-growing-percent`, read by V8 at each collection). A command-line
 * setting for the process, never made by the library.
 */
export function limitHeapGrowth(inputBytes: number): void {
  if (inputBytes >= largeInput) setFlagsFromString('--heap-growing-percent=50')
}
