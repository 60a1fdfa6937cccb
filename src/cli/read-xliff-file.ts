import {readXliff} from '../format/read-xliff.js'
import type {XliffDocument} from '../format/xliff.js'
import {InputError} from '../input-error.js'

/**
 * `readXliff` of a file's text, its errors naming the file as the user wrote it
 * (`job.xlf: not well-formed XML: 2:70: unclosed tag: trans-unit`) instead of the function.
 */
export function readXliffFile(text: string, name: string): XliffDocument {
  try {
    return readXliff(text)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(error.code, `${name}: ${error.message.replace(/^readXliff: /u, '')}`)
  }
}
