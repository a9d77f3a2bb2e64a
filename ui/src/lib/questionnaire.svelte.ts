// The questionnaire definition, loaded once from the shell, and its labels in the current
// language. Tables, code lists and questions come from the definition only: nothing here names
// a table or a code, except the list of SICREMI member countries.
import { getDefinition } from './api'
import { currentLanguage } from './i18n.svelte'
import type { Code, DefinitionView, DimensionDef, TableDef, Text } from './types'

/** Separator between the codes of a cell key (see docs/questionnaire-format.md). */
export const KEY_SEPARATOR = ':'

/** The 22 countries of the SICREMI network, as ISO 3166-1 alpha-3 codes. */
export const SICREMI_COUNTRIES = [
  'ARG', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'DOM', 'ECU',
  'SLV', 'GTM', 'HND', 'JAM', 'MEX', 'PAN', 'PRY', 'PER', 'USA', 'TTO', 'URY',
] as const

/** Code list whose labels name countries (it includes every ISO 3166-1 country). */
const COUNTRY_LIST = 'nationality'

const loaded = $state({ view: undefined as DefinitionView | undefined })
let codeIndex = new Map<string, Map<string, Code>>()

/** Loads the definition from the shell; later calls reuse the first result. */
export async function loadDefinition(): Promise<DefinitionView> {
  if (loaded.view) {
    return loaded.view
  }
  const view = await getDefinition()
  codeIndex = new Map(
    Object.entries(view.codes).map(([list, codes]) => [list, new Map(codes.map((c) => [c.code, c]))]),
  )
  loaded.view = view
  return view
}

/** The loaded definition. Throws before loadDefinition() has resolved. */
export function definition(): DefinitionView {
  if (!loaded.view) {
    throw new Error('the questionnaire definition is not loaded yet')
  }
  return loaded.view
}

export function isDefinitionLoaded(): boolean {
  return loaded.view !== undefined
}

/** A definition text in the current language, falling back to English. */
export function text(value: Text | undefined): string {
  if (!value) {
    return ''
  }
  return value[currentLanguage()] ?? value.en ?? ''
}

/** The label of a code in the current language; for dates and unknown codes, the code. */
export function codeLabel(codelist: string, code: string): string {
  const found = codeIndex.get(codelist)?.get(code)
  return found ? text(found.label) : code
}

export function codes(codelist: string): Code[] {
  return definition().codes[codelist] ?? []
}

/** The label of an observation or confidentiality status code in the current language. */
export function statusLabel(kind: 'obs_status' | 'conf_status', code: string): string {
  const found = definition().definition.statuses[kind].find((c) => c.code === code)
  return found ? text(found.label) : code
}

/** The name of a country in the current language. */
export function countryName(alpha3: string): string {
  return codeLabel(COUNTRY_LIST, alpha3)
}

export function table(id: string): TableDef | undefined {
  return definition().definition.tables.find((t) => t.id === id)
}

export function tableTitle(id: string): string {
  const found = table(id)
  return found ? text(found.title) : id
}

function dimensionWithRole(tableDef: TableDef, role: DimensionDef['role']): DimensionDef {
  const found = tableDef.dimensions.find((d) => d.role === role)
  if (!found) {
    throw new Error(`table ${tableDef.id} has no ${role} dimension`)
  }
  return found
}

export function sliceDimension(tableDef: TableDef): DimensionDef {
  return dimensionWithRole(tableDef, 'slice')
}

export function rowDimension(tableDef: TableDef): DimensionDef {
  return dimensionWithRole(tableDef, 'row')
}

export function columnDimension(tableDef: TableDef): DimensionDef {
  return dimensionWithRole(tableDef, 'column')
}

/** Whether the table's slices are dates chosen by the correspondent rather than listed codes. */
export function hasDateSlices(tableDef: TableDef): boolean {
  return definition().definition.codelists[sliceDimension(tableDef).codelist]?.kind === 'date'
}

/** Builds a cell key from the codes of the slice, row and column. */
export function cellKey(tableDef: TableDef, slice: string, row: string, column: string): string {
  return tableDef.dimensions
    .map((d) => (d.role === 'slice' ? slice : d.role === 'row' ? row : column))
    .join(KEY_SEPARATOR)
}

/** Splits a cell key into the codes of the slice, row and column, or undefined if malformed. */
export function splitKey(
  tableDef: TableDef,
  key: string,
): { slice: string; row: string; column: string } | undefined {
  const parts = key.split(KEY_SEPARATOR)
  if (parts.length !== tableDef.dimensions.length) {
    return undefined
  }
  const codesByRole: Record<string, string> = {}
  tableDef.dimensions.forEach((d, index) => (codesByRole[d.role] = parts[index]))
  return { slice: codesByRole.slice, row: codesByRole.row, column: codesByRole.column }
}

/** "T1 · 2025 · Bolivia · Women": a cell named by its table and code labels, as in the CLI. */
export function describeCell(tableId: string, key: string): string {
  const tableDef = table(tableId)
  if (!tableDef) {
    return `${tableId} ${key}`
  }
  const parts = key.split(KEY_SEPARATOR)
  const labels = tableDef.dimensions.map((d, index) => codeLabel(d.codelist, parts[index] ?? ''))
  return [tableId, ...labels].join(' · ')
}

/** Checks that `text` is a real calendar date written YYYY-MM-DD, as the questionnaire stores dates. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
