/** Month names, January first, lower case, per language (BCP 47 primary subtag). */
export const monthNames: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık']
}

/** Day names, Monday first, lower case, per language. */
export const dayNames: Readonly<Record<string, readonly string[]>> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar']
}

/**
 * Cardinal number words two … nineteen (`one`/`bir` are left out: they are mostly
 * articles and pronouns), keyed by their value.
 */
export const cardinalWords: Readonly<Record<string, readonly string[]>> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  tr: ['iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'on bir', 'on iki', 'on üç', 'on dört', 'on beş', 'on altı', 'on yedi', 'on sekiz', 'on dokuz']
}

/** The tens twenty … ninety, keyed by their value; a unit word may follow (`twenty-one`, `forty two`, `yirmi bir`). */
export const tensWords: Readonly<Record<string, readonly string[]>> = {
  en: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  tr: ['yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan']
}

/** The unit words one … nine after a tens word, keyed by their value: `one` and `bir` count there. */
export const unitWordsAfterTens: Readonly<Record<string, readonly string[]>> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  tr: ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz']
}

/**
 * Words that stand for a number without writing it, by value, folded as `foldName` folds: the
 * indefinite articles and `one`, which `cardinalWords` leaves out (`an hour` = `1 saat` = `1時間`),
 * and words of a count, a multiple or a fraction (`the pair` = `2人`, `doubling` = `2倍`, `a decade
 * later` = `10年後`, `teenage boys` = `10代の少年`, `half an inch` = `0.5インチ`).
 */
export const impliedNumberWords: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    '1': ['a', 'an', 'one', 'another'],
    '2': ['both', 'pair', 'pairs', 'couple', 'couples', 'twice', 'double', 'doubled', 'doubles', 'doubling', 'twin', 'twins'],
    '3': ['triple', 'tripled', 'triples', 'tripling', 'trio', 'thrice'],
    // `10代の少年`, `十几岁`: teenagers are counted in tens.
    '10': ['decade', 'decades', 'teen', 'teens', 'teenage', 'teenager', 'teenagers'],
    '12': ['dozen', 'dozens'],
    '100': ['century', 'centuries'],
    '0.5': ['half']
  },
  tr: {
    '1': ['bir', 'biri'],
    '2': ['cift', 'cifti', 'ikili', 'ikiz', 'ikizler'],
    '10': ['onyil'],
    '12': ['duzine'],
    '100': ['yuzyil'],
    '0.5': ['yarim', 'yari', 'yarisi']
  }
}

/** Ordinal words first … twelfth, keyed by value from 1; Turkish `ilk` also means first. */
export const ordinalWords: Readonly<Record<string, readonly string[]>> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'],
  tr: ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yedinci', 'sekizinci', 'dokuzuncu', 'onuncu', 'on birinci', 'on ikinci']
}

/** Words that multiply the number before them (`1,5 milyon` = `1.5 million`), as powers of ten (a map: `constructor` is no number). */
export const multiplierWords: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['bin', 3],
  ['milyon', 6],
  ['milyar', 9],
  ['trilyon', 12]
])

/** Abbreviations that multiply the number they follow (`£2.8bn`, `$5mn`) but are no number alone (`bn` is also Bengali's tag). */
export const multiplierAbbreviations: ReadonlyMap<string, number> = new Map([
  ['bn', 9],
  ['mn', 6],
  // Greek `δις`, short for `δισεκατομμύρια`.
  ['δις', 9]
])

/** Words written before the hour of a time of day (`saat 15.30`, `klo 15`, `kl. 15`), per language. */
export const hourWordsBefore: Readonly<Record<string, readonly string[]>> = {
  tr: ['saat'],
  fi: ['klo', 'kello'],
  sv: ['kl'],
  da: ['kl'],
  nb: ['kl']
}

/** Words before those that make the hour afternoon or evening (`öğleden sonra saat 2` = 14:00), per language, each as its words. */
export const afternoonWords: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  tr: [['öğleden', 'sonra'], ['akşam']]
}
