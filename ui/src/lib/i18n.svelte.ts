// Translation of all user-facing text through the Fluent catalogs in assets/i18n.
//
// The file name ends in .svelte.ts because Svelte compiles runes ($state) only in .svelte and
// .svelte.ts/.svelte.js files. Components that call t() while rendering re-render when the
// language changes, because t() reads the reactive language.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'
import enSource from '../../../assets/i18n/en.ftl?raw'
import esSource from '../../../assets/i18n/es.ftl?raw'
import frSource from '../../../assets/i18n/fr.ftl?raw'
import ptSource from '../../../assets/i18n/pt.ftl?raw'

export const LANGUAGES = ['en', 'es', 'pt', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

/** Name of each language in that language, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
}

const FALLBACK_LANGUAGE: Language = 'en'
const STORAGE_KEY = 'sicremi.language'

const bundles: Record<Language, FluentBundle> = {
  en: createBundle('en', enSource),
  es: createBundle('es', esSource),
  pt: createBundle('pt', ptSource),
  fr: createBundle('fr', frSource),
}

const current = $state({ language: initialLanguage() })
document.documentElement.lang = current.language

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function currentLanguage(): Language {
  return current.language
}

/** Switches the UI language and remembers the choice in localStorage for the next start. */
export function setLanguage(language: Language): void {
  current.language = language
  document.documentElement.lang = language
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch (error) {
    console.warn('i18n: cannot store the language choice', error)
  }
}

/**
 * Formats the message `id` in the current language.
 *
 * Falls back to English when the current catalog lacks the message, and returns the id itself
 * when no catalog has it, so a missing translation is visible but does not break the screen.
 */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const text = format(bundles[current.language], id, args) ?? format(bundles[FALLBACK_LANGUAGE], id, args)
  if (text === undefined) {
    console.error(`i18n: message "${id}" not found in any catalog`)
    return id
  }
  return text
}

/**
 * Formats the message `id` like t(), but returns undefined when no catalog has it or when
 * formatting reports an error, such as a variable the message needs and `args` lacks. Callers
 * then show a generic message instead of a text with a gap.
 */
export function tryTranslate(id: string, args?: Record<string, FluentVariable>): string | undefined {
  for (const bundle of [bundles[current.language], bundles[FALLBACK_LANGUAGE]]) {
    const message = bundle.getMessage(id)
    if (!message?.value) {
      continue
    }
    const errors: Error[] = []
    const text = bundle.formatPattern(message.value, args, errors)
    return errors.length === 0 ? text : undefined
  }
  return undefined
}

function createBundle(language: Language, source: string): FluentBundle {
  // Unicode isolation marks around placeables only help right-to-left scripts, and none of the
  // four languages uses one. Without them, copied text and test assertions see the plain value.
  const bundle = new FluentBundle(language, { useIsolating: false })
  const errors = bundle.addResource(new FluentResource(source))
  for (const error of errors) {
    console.error(`i18n: ${language}.ftl: ${error.message}`)
  }
  return bundle
}

function format(
  bundle: FluentBundle,
  id: string,
  args: Record<string, FluentVariable> | undefined,
): string | undefined {
  const message = bundle.getMessage(id)
  if (!message?.value) {
    return undefined
  }
  const errors: Error[] = []
  const text = bundle.formatPattern(message.value, args, errors)
  for (const error of errors) {
    console.error(`i18n: ${bundle.locales[0]}: message "${id}": ${error.message}`)
  }
  return text
}

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (isLanguage(stored)) {
      return stored
    }
  } catch (error) {
    console.warn('i18n: cannot read the stored language choice', error)
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.split('-')[0].toLowerCase()
    if (isLanguage(primary)) {
      return primary
    }
  }
  return FALLBACK_LANGUAGE
}

/** Formats an RFC 3339 UTC time as a local date and time in the current language; text that is
 *  not a time is returned unchanged. */
export function formatTime(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return time.toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' })
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** Formats a count with the digit grouping of the current language ("12,345" in English,
 *  "12.345" in Spanish), for display only: editors and stored values keep plain digits. */
export function formatCount(value: number): string {
  const language = currentLanguage()
  let format = numberFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 0 })
    numberFormats.set(language, format)
  }
  return format.format(value)
}

/** Formats a decimal sent as text ("0.62") in the current language ("0,62" in Spanish), with
 *  the decimals it was sent with. Text that is not a number is returned unchanged. */
export function formatDecimalText(value: string): string {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number)) return value
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0
  return number.toLocaleString(currentLanguage(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
}
