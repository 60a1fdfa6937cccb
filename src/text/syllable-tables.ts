/**
 * The Han characters Chinese writes foreign names with (the usual choices of Xinhua's
 * transliteration tables, e.g. `特朗普` Trump, `莫拉莱斯` Morales, `伊丽莎白` Elizabeth), each with
 * its Hanyu Pinyin reading, tones left out. A run of them is likely a name written by its sound.
 */
const hanSyllables = `
阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 澳ao
巴ba 芭ba 白bai 拜bai 班ban 邦bang 宝bao 保bao 鲍bao 贝bei 本ben 比bi 彼bi 毕bi 宾bin 滨bin 波bo 伯bo 博bo 勃bo 柏bo 布bu
查cha 柴chai 昌chang 彻che 楚chu 茨ci 慈ci 崔cui 措cuo
达da 戴dai 黛dai 丹dan 道dao 德de 得de 登deng 邓deng 迪di 狄di 蒂di 帝di 丁ding 东dong 杜du 敦dun 顿dun 多duo 朵duo
俄e 厄e 恩en 尔er
法fa 凡fan 范fan 菲fei 费fei 芬fen 丰feng 冯feng 佛fo 弗fu 福fu 夫fu 富fu 傅fu
盖gai 甘gan 冈gang 高gao 戈ge 格ge 葛ge 根gen 贡gong 古gu 圭gui 贵gui 果guo
哈ha 海hai 汉han 翰han 豪hao 赫he 黑hei 亨heng 洪hong 侯hou 胡hu 华hua 怀huai 惠hui 霍huo
基ji 吉ji 济ji 加jia 佳jia 贾jia 嘉jia 简jian 杰jie 捷jie 金jin 津jin 久jiu 居ju
卡ka 凯kai 坎kan 康kang 考kao 柯ke 科ke 克ke 肯ken 孔kong 库ku 夸kua 奎kui 昆kun
拉la 腊la 莱lai 赖lai 兰lan 蓝lan 朗lang 劳lao 勒le 雷lei 蕾lei 黎li 里li 利li 莉li 丽li 李li 廉lian 列lie 林lin 琳lin 凌ling 留liu 隆long 娄lou 卢lu 鲁lu 路lu 露lu 吕lü 伦lun 罗luo 洛luo
马ma 玛ma 迈mai 麦mai 曼man 芒mang 毛mao 茂mao 梅mei 门men 蒙meng 孟meng 米mi 密mi 敏min 明ming 摩mo 莫mo 默mo 墨mo 姆mu 穆mu 慕mu
纳na 娜na 奈nai 南nan 楠nan 瑙nao 内nei 妮ni 尼ni 涅nie 宁ning 纽niu 农nong 努nu 诺nuo
欧ou
帕pa 派pai 潘pan 庞pang 佩pei 彭peng 皮pi 珀po 坡po 普pu 浦pu
齐qi 奇qi 琪qi 契qi 恰qia 乔qiao 切qie 钦qin 琴qin 琼qiong 丘qiu 邱qiu
让rang 热re 荣rong 茹ru 瑞rui 若ruo
萨sa 塞sai 赛sai 桑sang 瑟se 森sen 沙sha 莎sha 珊shan 尚shang 绍shao 舍she 申shen 圣sheng 施shi 史shi 舒shu 斯si 思si 松song 苏su 索suo
塔ta 泰tai 坦tan 汤tang 唐tang 陶tao 特te 滕teng 提ti 廷ting 通tong 图tu 托tuo
瓦wa 万wan 旺wang 威wei 韦wei 维wei 魏wei 温wen 沃wo 乌wu 伍wu
西xi 希xi 锡xi 席xi 夏xia 仙xian 香xiang 肖xiao 谢xie 辛xin 欣xin 休xiu 修xiu 许xu 徐xu 薛xue 逊xun
雅ya 亚ya 娅ya 延yan 扬yang 杨yang 耶ye 叶ye 伊yi 依yi 因yin 英ying 尤you 于yu 约yue 云yun
扎zha 詹zhan 泽ze 曾zeng 兹zi 治zhi 芝zhi 朱zhu 卓zhuo 祖zu 佐zuo
`

/** Each transliteration character's Pinyin (`斯` → `si`), read from the table on first use. */
let pinyin: Map<string, string> | undefined

/** The Pinyin of a Han character Chinese writes foreign names with, `undefined` for any other. */
export function namePinyin(character: string): string | undefined {
  if (!pinyin) {
    pinyin = new Map()
    for (const entry of hanSyllables.split(/\s+/)) if (entry !== '') pinyin.set(entry.slice(0, 1), entry.slice(1))
  }
  return pinyin.get(character)
}

/**
 * The consonant each katakana syllable starts with, as the sound classes of `nameSounds` write it
 * (`ト` → `t`, `ジ` → `j`, `フ` → `f`); vowels, `ヤ ユ ヨ` and the moraic `ン` start with none.
 */
const kanaRows: ReadonlyArray<[string, string]> = [
  ['カキクケコガギグゲゴ', 'k'],
  ['サスセソザズゼゾシツ', 's'],
  ['ジチヂ', 'j'],
  ['タテトダデドヅ', 't'],
  ['ナニヌネノ', 'n'],
  ['ハヒヘホ', 'h'],
  ['フ', 'f'],
  ['バビブベボパピプペポ', 'p'],
  ['マミムメモ', 'm'],
  ['ラリルレロ', 'l'],
  ['ワヲヴ', 'w']
]

let kanaClasses: Map<string, string> | undefined

/** The sound class a katakana syllable starts with (`''` for a vowel), `undefined` for anything else. */
export function kanaConsonant(character: string): string | undefined {
  if (!kanaClasses) {
    kanaClasses = new Map()
    for (const character of 'アイウエオヤユヨンァィゥェォャュョヮ') kanaClasses.set(character, '')
    for (const [row, sound] of kanaRows) for (const character of row) kanaClasses.set(character, sound)
  }
  return kanaClasses.get(character)
}
