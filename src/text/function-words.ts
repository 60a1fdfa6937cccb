/**
 * Function words: the short, frequent words (articles, pronouns, prepositions,
 * conjunctions, auxiliaries) that every sentence of a language holds and that
 * technical terms and names never are. Prose shows its language through them
 * even when it is full of borrowed terms (`access control ve key flow'lar için`
 * is Turkish). Words both languages write (`on` and `at` are Turkish words too)
 * are left out of both lists.
 */
const tables: Record<string, string> = {
  en: `a about after all also an and any are as be because been before both but by can could did do does
    each either every for from had has have how if into is it its may might more most must my no nor not of or
    our should so some such than that the their them then there these they this those through to too under
    until up us was we were what when where whether which while who whom why will with within without would
    yet you your`,
  tr: `acaba ama ancak artık aslında bazı bazen belki ben beri bile bir biri birkaç biz bu bunu bunun bunlar
    böyle çok çünkü da daha de değil diğer diye dolayı eğer gibi göre hem henüz hep hepsi her hiç için ile
    ise kadar kendi ki kim mi mı mu mü nasıl ne neden nerede niye olan olarak oldu olduğu olmak onu onun
    onlar sadece siz şey şu şöyle tüm üzere var ve veya ya yani yine yok zaten`
}

const sets = new Map<string, ReadonlySet<string>>()

/** The function words of `lang` (a primary subtag), or `undefined` for a language without a table. */
export function functionWords(lang: string): ReadonlySet<string> | undefined {
  const table = tables[lang]
  if (table === undefined) return undefined
  let set = sets.get(lang)
  if (!set) {
    set = new Set(table.split(/\s+/u).filter(Boolean))
    sets.set(lang, set)
  }
  return set
}

/** Whether `word` (any case) is a function word of one of `langs`. */
export function isFunctionWord(word: string, langs: readonly string[]): boolean {
  return langs.some((lang) => functionWords(lang)?.has(word.toLocaleLowerCase(lang)) === true)
}
