/**
 * Whether `Intl`'s `service` (`Intl.NumberFormat`, `Intl.DateTimeFormat`) has data for `lang`; an
 * invalid tag is not known. Asked before reading a language's words from its formats: an unknown
 * language would otherwise be formatted in the runtime's default one.
 */
export function intlKnows(service: {supportedLocalesOf: (locales: string[]) => string[]}, lang: string): boolean {
  try {
    return service.supportedLocalesOf([lang]).length > 0
  } catch {
    return false
  }
}
