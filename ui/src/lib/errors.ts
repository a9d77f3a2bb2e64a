// Translation of command errors. The UI selects a message by the error's code only, never by its
// English detail (see ARCHITECTURE.md).
import { t, tryTranslate } from './i18n.svelte'
import type { AppError } from './types'

/** Returns whether a rejected command's value is a serialised AppError. */
export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppError).code === 'string' &&
    typeof (value as AppError).detail === 'string'
  )
}

/** Returns the Fluent message id of an error code: "error-" and the code with dots as dashes. */
export function errorMessageId(code: string): string {
  return `error-${code.replaceAll('.', '-')}`
}

/**
 * Translates the error by its code. When the error's `problem` parameter names another code (the
 * first bad value of a rejected import), its message follows.
 *
 * Without a usable translation, this returns the generic "the operation failed" line with the
 * English detail. A string is taken as an already translated message.
 */
export function errorText(error: unknown): string {
  if (typeof error === 'string') {
    return error
  }
  if (!isAppError(error)) {
    return t('error-unknown', { detail: String(error) })
  }
  const message = tryTranslate(errorMessageId(error.code), error.params)
  if (message === undefined) {
    console.warn(`no usable translation for error code ${error.code}`)
    return t('error-unknown', { detail: error.detail })
  }
  const problem = error.params.problem
  const problemText = problem ? tryTranslate(errorMessageId(problem), error.params) : undefined
  return problemText ? `${message} ${problemText}` : message
}
