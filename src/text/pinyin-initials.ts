/**
 * Chinese names written in Pinyin on the other side (`Wang Qiyao` = `王琦瑶`, `Beijing` = `北京`):
 * the Pinyin side gives each syllable's first letter (`wqy`), the Chinese side each character's,
 * read from ICU's Pinyin collation, so no table of Han readings is needed.
 */

/** Every toneless Pinyin syllable (`ü` written `v`), for splitting a Latin word into syllables. */
const syllableList = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan
  chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan
  dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo
  fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong
  hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei
  ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu
  long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao
  ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian
  piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou
  ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai
  shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan
  tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye
  yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
  zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`

let syllables: Set<string> | undefined

/** The longest syllable (`zhuang`). */
const longestSyllable = 6

/** Initials of a name kept: the first four syllables say enough. */
const mostInitials = 4

/**
 * A word split into Pinyin syllables, longest syllable first and backing off where the rest does
 * not split (`qiyao` → `qi yao`, `xian` → `xian`, `anyi` → `an yi`); `undefined` when it is not
 * Pinyin (`morales`, `peace`). Expects lower-case letters a-z (`v` for `ü`).
 *
 * @example
 *   pinyinSyllables('qingyang') // => ['qing', 'yang']
 */
export function pinyinSyllables(word: string): string[] | undefined {
  syllables ??= new Set(syllableList.split(/\s+/u))
  if (word === '') return []
  for (let length = Math.min(longestSyllable, word.length); length > 0; length--) {
    const head = word.slice(0, length)
    if (!syllables.has(head)) continue
    const rest = pinyinSyllables(word.slice(length))
    if (rest) return [head, ...rest]
  }
  return undefined
}

/**
 * The first letters of the syllables of a folded name whose every word is Pinyin (`wang qiyao` →
 * `wqy`), at most four; `''` when a word is not Pinyin or the name has fewer than two syllables
 * (one letter would match any character).
 */
export function pinyinNameInitials(name: string): string {
  const words = name.split(/[\s'’-]+/u).filter((word) => word !== '')
  let initials = ''
  for (const word of words) {
    if (!/^[a-z]+$/u.test(word)) return ''
    const split = pinyinSyllables(word)
    if (!split) return ''
    for (const syllable of split) initials += syllable[0] ?? ''
  }
  return initials.length >= 2 ? initials.slice(0, mostInitials) : ''
}

/**
 * The first character of each Pinyin initial letter in ICU's Pinyin order (`吖` a, `八` b …): a Han
 * character's letter is that of the last one not after it (checked on the characters around each
 * in ICU 78's order, Node 20's: `test/text/pinyin-initials.test.ts`).
 */
const letterStarts: ReadonlyArray<[string, string]> = [...'吖八嚓咑妸发旮哈丌咔垃呣拏喔妑七呥仨他屲夕丫帀'].map((character, index) => [character, 'abcdefghjklmnopqrstwxyz'[index] ?? ''])

const hanCharacter = /^\p{sc=Han}$/u

let collator: Intl.Collator | null | undefined
/** Letters found so far, by character. */
const letters = new Map<string, string>()
/** The same for the common block (U+4E00-U+9FFF) by code, read on every character: 0 not yet asked, 1 none, else the letter's code. */
let common: Uint8Array | undefined

/** ICU's Chinese collation, `null` where the runtime has no Chinese data (a small-ICU build). */
function pinyinCollator(): Intl.Collator | null {
  if (collator === undefined) collator = Intl.Collator.supportedLocalesOf(['zh']).length > 0 ? new Intl.Collator('zh-u-co-pinyin') : null
  return collator
}

/** The Pinyin initial letter of a Han character (`王` → `w`, `琦` → `q`); `undefined` for any other character or without Chinese collation. */
export function hanInitial(character: string): string | undefined {
  const known = letters.get(character)
  if (known !== undefined) return known === '' ? undefined : known
  const letter = hanCharacter.test(character) ? lookUp(character) : ''
  letters.set(character, letter)
  return letter === '' ? undefined : letter
}

/** The letter of the last initial whose first character is not after `character`; `''` before the first or without collation. */
function lookUp(character: string): string {
  const compare = pinyinCollator()
  if (!compare || compare.compare(character, letterStarts[0]?.[0] ?? '') < 0) return ''
  let low = 0
  let high = letterStarts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (compare.compare(character, letterStarts[middle]?.[0] ?? '') >= 0) low = middle
    else high = middle - 1
  }
  return letterStarts[low]?.[1] ?? ''
}

/**
 * The runs of Pinyin initials of a text's Han characters (`王琦瑶说` → `['wqys']`), any other
 * character ending a run: where a name's initials are looked for.
 */
export function hanInitialRuns(text: string): string[] {
  common ??= new Uint8Array(0x9fff - 0x4e00 + 1)
  const runs: string[] = []
  let run = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let letter: string | undefined
    if (code >= 0x4e00 && code <= 0x9fff) {
      let known = common[code - 0x4e00] ?? 0
      if (known === 0) common[code - 0x4e00] = known = (hanInitial(text[index] ?? '') ?? '').charCodeAt(0) || 1
      letter = known === 1 ? undefined : String.fromCharCode(known)
    } else {
      const character = String.fromCodePoint(text.codePointAt(index) ?? 0)
      if (character.length === 2) index++
      letter = code < 0x2e80 ? undefined : hanInitial(character)
    }
    if (letter !== undefined) run += letter
    else if (run !== '') runs.push(run), (run = '')
  }
  if (run !== '') runs.push(run)
  return runs
}
