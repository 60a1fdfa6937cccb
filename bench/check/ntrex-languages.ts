/** The NTREX translations the check benches read against English, by language: the Turkish of `ntrex-en-tr`, ten of `ntrex-multi`. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const corpora = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora')

/** Language → file under `../shared/corpora`; English is `ntrex-multi/eng.txt`. */
export const ntrexFiles: Readonly<Record<string, string>> = {
  tr: 'ntrex-en-tr/tr.txt',
  de: 'ntrex-multi/deu.txt',
  fr: 'ntrex-multi/fra.txt',
  ro: 'ntrex-multi/ron.txt',
  hu: 'ntrex-multi/hun.txt',
  ru: 'ntrex-multi/rus.txt',
  ar: 'ntrex-multi/arb.txt',
  zh: 'ntrex-multi/zho-CN.txt',
  ja: 'ntrex-multi/jpn.txt',
  el: 'ntrex-multi/ell.txt',
  fi: 'ntrex-multi/fin.txt'
}

/** The lines of a file under `../shared/corpora`. */
export function readCorpusLines(file: string): string[] {
  return readFileSync(path.join(corpora, file), 'utf8').split(/\r?\n/)
}
