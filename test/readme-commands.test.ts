import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const manuals = ['README.md', 'CONTRIBUTING.md'].map((file) => readFileSync(file, 'utf8')).join('\n')

/** The `bitext …` commands of a manual as words: lines of fenced blocks (`$ ` and `\` continuations allowed) and inline code. */
function commandsShown(text: string): string[][] {
  const lines: string[] = []
  for (const block of text.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)) {
    const joined = (block[1] ?? '').replace(/\\\n\s*/g, ' ')
    for (const line of joined.split('\n')) lines.push(line.replace(/^\$ /, '').replace(/\s#\s.*$/, ''))
  }
  for (const code of text.matchAll(/`(bitext [^`]+)`/g)) lines.push(code[1] ?? '')
  return lines
    .flatMap((line) => line.split(/;|&&|\||>/))
    .map((command) => command.trim().split(/\s+/))
    .filter((words) => words[0] === 'bitext' && /^[a-z]+$/.test(words[1] ?? ''))
}

/** The options a command line uses: `--format`, `-o`. */
const optionsOf = (words: readonly string[]) => words.slice(2).flatMap((word) => /^--?[a-z][a-z0-9-]*/.exec(word) ?? [])

const helps = new Map<string, string>()
/** What `bitext <command> --help` prints. */
async function helpOf(command: string): Promise<string> {
  const help = helps.get(command) ?? (await runCli([command, '--help'])).stdout
  helps.set(command, help)
  return help
}

/** Whether `help` lists `option` (as `--format`, `-o, --output`, or `--queries FILE` in a description). */
const lists = (help: string, option: string) => new RegExp(`(?:^|[\\s,(])${option}(?=[\\s,=|]|$)`, 'm').test(help)

const commands = ['parse', 'align', 'check', 'report', 'tm', 'job', 'apply', 'init']

describe('commandsShown', () => {
  it('reads commands from fenced blocks, continued lines, prompts and inline code, not from prose', () => {
    const text = '```sh\n$ bitext align a b --level block   # comment --bogus\nbitext tm lookup "x" \\\n  --min 70; bitext check a b > r.json\n```\nRun `bitext init --force` or bitext parse.'
    expect(commandsShown(text)).toStrictEqual([
      ['bitext', 'align', 'a', 'b', '--level', 'block'],
      ['bitext', 'tm', 'lookup', '"x"', '--min', '70'],
      ['bitext', 'check', 'a', 'b'],
      ['bitext', 'init', '--force']
    ])
  })
})

describe("the README's bitext commands", () => {
  const shown = commandsShown(manuals)

  it('are many: the manuals show over 50 commands', () => {
    expect(shown.length).toBeGreaterThan(50)
  })

  it('name only commands that bitext --help lists', async () => {
    const help = (await runCli(['--help'])).stdout
    expect([...help.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1])).toStrictEqual(commands)
    expect(shown.map((words) => words[1]).filter((command) => !commands.includes(command ?? ''))).toStrictEqual([])
  })

  it("use only options that the command's --help lists", async () => {
    const unknown: string[] = []
    for (const words of shown) {
      const help = await helpOf(words[1] ?? '')
      for (const option of optionsOf(words)) if (!lists(help, option)) unknown.push(`${words.join(' ')}: ${option}`)
    }
    expect(unknown).toStrictEqual([])
  })
})

describe("bitext's options", () => {
  it.each(commands)('%s: every option its --help lists is in the README', async (command) => {
    const options = [...(await helpOf(command)).matchAll(/--[a-z][a-z0-9-]*/g)].map((match) => match[0])
    expect(options.filter((option) => !manuals.includes(option))).toStrictEqual([])
  })
})
