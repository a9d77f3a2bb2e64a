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

/** The label of a dimension's code list in the current language ("Year", "Age group"). */
export function dimensionLabel(dimension: DimensionDef): string {
  return text(definition().definition.codelists[dimension.codelist]?.label)
}

/** The house-style symbol for a cell with no number and observation status `obsStatus` (".."
 *  for not available, say), or the status code when the definition gives no symbol. */
export function statusSymbol(obsStatus: string): string {
  return definition().definition.statuses.symbols?.[obsStatus] ?? obsStatus
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

function dimensionWithRole(tableDef: TableDef, role: 'row' | 'column'): DimensionDef {
  const found = tableDef.dimensions.find((d) => d.role === role)
  if (!found) {
    throw new Error(`table ${tableDef.id} has no ${role} dimension`)
  }
  return found
}

/** The slice dimensions in key order: the period (year or reference date) first. */
export function sliceDimensions(tableDef: TableDef): DimensionDef[] {
  return tableDef.dimensions.slice(0, tableDef.dimensions.length - 2)
}

/** The period dimension: the first slice dimension. */
export function periodDimension(tableDef: TableDef): DimensionDef {
  return tableDef.dimensions[0]
}

export function rowDimension(tableDef: TableDef): DimensionDef {
  return dimensionWithRole(tableDef, 'row')
}

export function columnDimension(tableDef: TableDef): DimensionDef {
  return dimensionWithRole(tableDef, 'column')
}

/** Whether the table's periods are dates chosen by the correspondent rather than listed codes. */
export function hasDateSlices(tableDef: TableDef): boolean {
  return definition().definition.codelists[periodDimension(tableDef).codelist]?.kind === 'date'
}

/** Joins one code per slice dimension, in dimension order, into a slice ("2024:FIRST:_T"). */
export function joinSlice(sliceCodes: readonly string[]): string {
  return sliceCodes.join(KEY_SEPARATOR)
}

/** Splits a slice into one code per slice dimension, or undefined if the count is wrong. */
export function splitSlice(tableDef: TableDef, slice: string): string[] | undefined {
  const parts = slice.split(KEY_SEPARATOR)
  return parts.length === sliceDimensions(tableDef).length ? parts : undefined
}

/** Builds a cell key from a slice (the slice codes joined by ':'), a row code and a column code. */
export function cellKey(tableDef: TableDef, slice: string, row: string, column: string): string {
  const [first, second] = tableDef.dimensions.slice(-2)
  const grid = first.role === 'row' && second.role === 'column' ? [row, column] : [column, row]
  return [slice, ...grid].join(KEY_SEPARATOR)
}

/** Splits a cell key into its slice (codes still joined by ':'), row and column, or undefined
 *  if the key does not have one code per dimension. */
export function splitKey(
  tableDef: TableDef,
  key: string,
): { slice: string; row: string; column: string } | undefined {
  const parts = key.split(KEY_SEPARATOR)
  const dimensions = tableDef.dimensions
  if (parts.length !== dimensions.length || dimensions.length < 3) {
    return undefined
  }
  const sliceLength = dimensions.length - 2
  const rowFirst = dimensions[sliceLength].role === 'row'
  const [first, second] = parts.slice(sliceLength)
  return {
    slice: joinSlice(parts.slice(0, sliceLength)),
    row: rowFirst ? first : second,
    column: rowFirst ? second : first,
  }
}

/** "2024 · First applications · 15 to 24 years": a slice named by its code labels. */
export function describeSlice(tableDef: TableDef, slice: string): string {
  const parts = splitSlice(tableDef, slice)
  if (!parts) {
    return slice
  }
  return sliceDimensions(tableDef)
    .map((d, index) => codeLabel(d.codelist, parts[index]))
    .join(' · ')
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
