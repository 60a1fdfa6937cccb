import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'

const read = (lang: string) => readFileSync(new URL(`../../fixtures/iskur-international-relations/${lang}.txt`, import.meta.url), 'utf8')
const en = read('en')
const tr = read('tr')

describe('the seed documents', () => {
  it('parses the English seed into 20 blocks, 6 of them headings', () => {
    const document = parseDocument(en, {format: 'text'})
    expect(document.blocks.length).toBe(20)
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toStrictEqual([
      'International Relations',
      'World Association of Public Employment Services (WAPES)',
      'Centre of Public Employment Services of Southeast European Countries (CPESSEC)',
      'Organization of Islamic Cooperation Public Employment Services Network (OIC-PESNET)',
      'Turkic Public Employment Services Network',
      'OECD - Joint Action Programme for Local Economic and Employment Development (LEED)'
    ])
  })

  it('parses the Turkish seed into 21 blocks, 7 of them headings', () => {
    const document = parseDocument(tr, {format: 'text'})
    expect(document.blocks.length).toBe(21)
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toStrictEqual([
      'Uluslararası İlişkiler',
      'DÜNYA KAMU İSTİHDAM KURUMLARI BİRLİĞİ (WAPES)',
      'GÜNEYDOĞU AVRUPA ÜLKELERİ KAMU İSTİHDAM KURUMLARI MERKEZİ (CPESSEC)',
      'İSLAM İŞBİRLİĞİ TEŞKİLATI KAMU İSTİHDAM KURUMLARI AĞI (OIC-PESNET)',
      'TÜRK CUMHURİYETLERİ KAMU İSTİHDAM KURUMLARI İLİŞKİLERİ',
      'OECD – YEREL EKONOMİ VE İSTİHDAMIN GELİŞTİRİLMESİ İÇİN ORTAK EYLEM PROGRAMI (LEED)',
      'DİĞER FAALİYETLERİMİZ'
    ])
  })

  it('labels all 41 seed blocks with the language of their document', () => {
    const labels = [
      ...parseDocument(en, {format: 'text'}).blocks.map((block) => block.lang),
      ...parseDocument(tr, {format: 'text'}).blocks.map((block) => block.lang)
    ]
    expect(labels).toStrictEqual([...Array<string>(20).fill('en'), ...Array<string>(21).fill('tr')])
  })

  it('detects the language of each whole document', () => {
    expect(parseDocument(en).lang).toBe('en')
    expect(parseDocument(tr).lang).toBe('tr')
  })

  it('keeps label-colon paragraphs as paragraphs', () => {
    const last = parseDocument(en, {format: 'text'}).blocks.slice(-3)
    expect(last.map((block) => [block.kind, block.text.slice(0, 36)])).toStrictEqual([
      ['paragraph', 'International Cooperation Protocols:'],
      ['paragraph', 'Delegation Visits and International '],
      ['paragraph', 'Translation Services: Translations s']
    ])
  })

  it('gives positions that slice back to the source of every block', () => {
    for (const value of [en, tr]) {
      for (const block of parseDocument(value, {format: 'text'}).blocks) {
        const source = value.slice(block.position.start.offset, block.position.end.offset)
        expect(source.replace(/\s+/gu, ' ')).toStrictEqual(block.text)
      }
    }
  })

  it('opens one section per heading', () => {
    const document = parseDocument(tr, {format: 'text'})
    expect(document.sections.map((section) => section.heading)).toStrictEqual([0, 1, 4, 7, 11, 14, 17])
    expect(document.sections[6]).toStrictEqual({heading: 17, blocks: [17, 18, 19, 20]})
  })

  it('splits the first Turkish paragraph into its two sentences', () => {
    const block = parseDocument(tr, {format: 'text'}).blocks[2]
    expect(block?.sentences.map((sentence) => [sentence.index, sentence.start, sentence.line])).toStrictEqual([
      [2, 0, 5],
      [3, 90, 5]
    ])
    expect(block?.sentences[0]?.text).toBe('WAPES, 18 Ekim 1988 tarihinde Cenevre’de kurulmuş olup merkezi Brüksel’de yer almaktadır.')
  })
})
