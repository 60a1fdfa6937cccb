/**
 * An English file of one sentence a line and its Turkish translation, which writes two of the six
 * lines as two sentences (written for the tests). Read alone, the English is one block of six
 * sentence lines and the Turkish six paragraphs of a line each (a third of its lines hold a sentence
 * end inside them: `readLineBreaks`).
 */
export const englishLines = [
  'The office opened in Kars in 2019 and hired 40 people.',
  'The training lasted 6 weeks, and 120 people finished it.',
  'Most of them found work within 3 months.',
  'The OECD praised the programme in 2021.',
  'A second office opened in Van in 2022.',
  'The next report is due in 2025.'
]
export const turkishLines = [
  "Ofis 2019'da Kars'ta açıldı. Kırk kişiyi işe aldı.",
  'Eğitim 6 hafta sürdü. Sonunda 120 kişi eğitimi bitirdi.',
  'Çoğu 3 ay içinde iş buldu.',
  "OECD 2021'de programı övdü.",
  "İkinci bir ofis 2022'de Van'da açıldı.",
  "Bir sonraki rapor 2025'te çıkacak."
]
