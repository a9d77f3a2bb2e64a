// Rendering of validation findings in the current language. The arguments added to the
// finding's own parameters match those of crates/app/src/i18n.rs: table_title, code_label,
// field_label and cell.
import type { FluentVariable } from '@fluent/bundle'
import { t } from './i18n.svelte'
import { codeLabel, definition, describeCell, rowDimension, table, text } from './questionnaire.svelte'
import type { Finding, Justification, Severity } from './types'

export const SEVERITY_MESSAGE: Record<Severity, string> = {
  error: 'severity-error',
  warning: 'severity-warning',
  info: 'severity-info',
}

/** The finding's message with its parameters and the labels named in the current language. */
export function findingText(finding: Finding): string {
  const args: Record<string, FluentVariable> = { ...finding.params }
  const tableDef = finding.table ? table(finding.table) : undefined
  if (tableDef) {
    args.table_title = text(tableDef.title)
    const code = finding.params.code
    if (typeof code === 'string') {
      args.code_label = codeLabel(rowDimension(tableDef).codelist, code)
    }
    const field = finding.params.field
    if (typeof field === 'string') {
      const question = definition().definition.metadata.find((q) => q.id === field)
      if (question) {
        args.field_label = text(question.label)
      }
    }
  }
  const first = finding.cells[0]
  args.cell = first ? describeCell(first.table, first.key) : ''
  return t(finding.message, args)
}

/** Whether a stored justification covers the finding: same id, unchanged values, some text. */
export function isCovered(finding: Finding, justifications: Justification[]): boolean {
  return justifications.some(
    (j) =>
      j.finding_id === finding.id &&
      j.text.trim() !== '' &&
      j.values.length === finding.values.length &&
      j.values.every((value, index) => value === finding.values[index]),
  )
}
