/** The options that name the encoding of the files of a pair, for `parseArguments`. */
export const encodingFlags = {
  encoding: {type: 'string'},
  'source-encoding': {type: 'string'},
  'target-encoding': {type: 'string'}
} as const

/** The encoding each side is read with, if one was named: the side's own flag, else `--encoding`. */
export function encodingsOf(values: {encoding?: string | undefined; 'source-encoding'?: string | undefined; 'target-encoding'?: string | undefined}): {source?: string; target?: string} {
  const source = values['source-encoding'] ?? values.encoding
  const target = values['target-encoding'] ?? values.encoding
  return {...(source === undefined ? {} : {source}), ...(target === undefined ? {} : {target})}
}
