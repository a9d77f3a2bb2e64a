// Rendering of validation findings in the current language. The arguments added to the
// finding's own parameters match those of crates/app/src/i18n.rs: table_title, code_label,
// field_label and cell. Findings that name other tables also get a title for each of them (see
// TABLE_PARAMS).
import type { FluentVariable } from '@fluent/bundle'
import { formatDecimalText, t } from './i18n.svelte'
import { codeLabel, definition, describeCell, sliceDimensions, table, text } from './questionnaire.svelte'
import type { Finding, Justification, Severity, TableDef } from './types'

export const SEVERITY_MESSAGE: Record<Severity, string> = {
  error: 'severity-error',
  warning: 'severity-warning',
  info: 'severity-info',
}

/** Parameters that name a table id; each gets `<parameter>_title` with the table's title. Rules
 *  that compare two tables (cross_table, stock_bound) set them. */
const TABLE_PARAMS = ['left_table', 'right_table', 'flow_table', 'stock_table'] as const

/** Parameters that carry a decimal number as text ("12.5"), written in the user's language;
 *  the same list as DECIMAL_PARAMS in crates/app/src/i18n.rs. */
const DECIMAL_PARAMS = ['percent', 'threshold_percent', 'max_percent', 'rate', 'min', 'max'] as const

/**
 * Returns the label of `code` in the table. The row and column dimensions are searched first,
 * then the slice dimensions after the period, and the dimension named by the finding's
 * `dimension` parameter last. That order finds the list for the sum, subset and share rules: a
 * sum along the sex columns names a nationality row (`dimension` = sex, `code` = BOL), and a
 * share rule names a code of its own `dimension` (XXX for unknown nationality).
 */
function labelOfCode(tableDef: TableDef, code: string, dimension: unknown): string {
  const grid = tableDef.dimensions.filter((d) => d.role !== 'slice')
  const breakdowns = sliceDimensions(tableDef).slice(1)
  const candidates = [...grid, ...breakdowns]
  candidates.sort((a, b) => Number(a.id === dimension) - Number(b.id === dimension))
  for (const candidate of candidates) {
    const label = codeLabel(candidate.codelist, code)
    if (label !== code) return label
  }
  return code
}

/** The finding's message with its parameters and the labels named in the current language. */
export function findingText(finding: Finding): string {
  const args: Record<string, FluentVariable> = { ...finding.params }
  const tableDef = finding.table ? table(finding.table) : undefined
  if (tableDef) {
    args.table_title = text(tableDef.title)
    const code = finding.params.code
    if (typeof code === 'string') {
      args.code_label = labelOfCode(tableDef, code, finding.params.dimension)
    }
  }
  const field = finding.params.field
  if (typeof field === 'string') {
    const question = definition().definition.metadata.find((q) => q.id === field)
    if (question) {
      args.field_label = text(question.label)
    }
  }
  for (const name of TABLE_PARAMS) {
    const id = finding.params[name]
    const other = typeof id === 'string' ? table(id) : undefined
    if (other) {
      args[`${name}_title`] = text(other.title)
    }
  }
  for (const name of DECIMAL_PARAMS) {
    const value = finding.params[name]
    if (typeof value === 'string') {
      args[name] = formatDecimalText(value)
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

/** Returns the ids of the definition's rules whose check is of `kind` ("idb_indicator", say). */
export function rulesOfKind(kind: string): string[] {
  return (definition().definition.rules ?? []).filter((rule) => rule.check.kind === kind).map((rule) => rule.id)
}
