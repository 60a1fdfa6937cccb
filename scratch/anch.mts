import {extractAnchors} from '../src/anchors/extract-anchors.js'
const cases: [string, string][] = [
 ['tr','Yayın tarihi: 3.06.2021 15:22'], ['en','Published: 6/3/2021 3:22:31 PM'],
 ['tr','4 milyon kişi ve 3,6 milyar lira, bin kişi'], ['en','4 million people and 3.6 billion lira, a thousand people'],
 ['tr','03.06.2021'], ['en','June 3, 2021'], ['en','2021-06-03T15:22:31Z'], ['tr','Saat 09:30'], ['en','at 9:30 AM'],
 ['en','12/25/2021'],['tr','25/12/2021'], ['en','fe80::1 and 2001:db8::ff00:42:8329']
]
for (const [lang, text] of cases) console.log(lang, JSON.stringify(text), extractAnchors(text, lang).map(a => `${a.kind}:${a.value}`).join(' | '))
for (const [lang, text] of [['en','loopback - 127.0.0.1/8, ::1/128 and fe80::/10'],['en','at 15:22:31 today'],['tr','Saat 3:22:31 ve 2001:db8::ff00:42:8329.']] as const) console.log(lang, text, extractAnchors(text, lang).map(a => `${a.kind}:${a.value}`).join(' | '))
