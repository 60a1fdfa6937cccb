/**
 * A short English text and its Turkish translation, one sentence a line (written for the tests):
 * agency news with numbers, dates and names, the evidence a sentence aligner pairs lines by.
 */
export const english = [
  'The agency opened 14 new offices in Ankara in 2019.',
  'Each office serves about 2,500 job seekers a month.',
  'In March 2020 the Izmir office moved its courses online.',
  'The OECD report praised the programme in 2021.',
  'Some 3,200 young people found work through it.',
  'The budget grew by 12 percent in 2022.',
  'A new office in Kars opened on 5 May 2023.',
  'The director, Ayşe Demir, visited Brussels in June.',
  'She met officials of WAPES for 2 days.',
  'The next report is due in 2025.'
]
export const turkish = [
  'Kurum 2019 yılında Ankara’da 14 yeni ofis açtı.',
  'Her ofis ayda yaklaşık 2.500 iş arayana hizmet veriyor.',
  'Mart 2020’de İzmir ofisi kurslarını çevrim içine taşıdı.',
  'OECD raporu 2021’de programı övdü.',
  'Yaklaşık 3.200 genç bu yolla iş buldu.',
  'Bütçe 2022’de yüzde 12 arttı.',
  'Kars’ta yeni bir ofis 5 Mayıs 2023’te açıldı.',
  'Müdür Ayşe Demir haziranda Brüksel’i ziyaret etti.',
  'WAPES yetkilileriyle 2 gün görüştü.',
  'Bir sonraki rapor 2025’te çıkacak.'
]

/** `lines` with the line at `from` moved to `to`. */
export function moved(lines: readonly string[], from: number, to: number): string[] {
  const result = [...lines]
  result.splice(to, 0, ...result.splice(from, 1))
  return result
}
