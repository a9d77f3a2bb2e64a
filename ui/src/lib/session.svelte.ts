// What the window shows and the correspondent's findings, shared by the screens. Components read
// these fields while rendering and re-render when a command's reply replaces them.
import { getAppInfo, getFindings, type AppInfo } from './api'
import { splitKey, table } from './questionnaire.svelte'
import type { Finding, FindingsView } from './types'

export type Screen = 'setup' | 'correspondent' | 'secretariat'
export type CorrespondentTab = 'overview' | 'tables' | 'findings' | 'import' | 'seal' | 'exchange'

/** A place in the table editor to show: a table, optionally a slice and a cell to focus. */
export interface EditorTarget {
  table: string
  slice?: string
  key?: string
  /** Increases with each request, so asking twice for the same cell focuses it again. */
  request: number
}

export const session = $state({
  info: undefined as AppInfo | undefined,
  screen: 'setup' as Screen,
  tab: 'overview' as CorrespondentTab,
  findings: undefined as FindingsView | undefined,
  target: undefined as EditorTarget | undefined,
})

let targetRequests = 0

/** Reloads app_info and moves to the first screen that the data folder supports. */
export async function refreshInfo(): Promise<AppInfo> {
  const info = await getAppInfo()
  session.info = info
  if (session.screen === 'setup' || (session.screen === 'secretariat' && !info.hasSecretariat)) {
    session.screen = info.hasCorrespondent ? 'correspondent' : info.hasSecretariat ? 'secretariat' : 'setup'
  }
  return info
}

export async function refreshFindings(): Promise<FindingsView> {
  const view = await getFindings()
  session.findings = view
  return view
}

/** Opens the table editor on `tableId`, and on the slice and cell of `key` when given. */
export function openInEditor(tableId: string, key?: string, slice?: string): void {
  const tableDef = table(tableId)
  const parts = tableDef && key ? splitKey(tableDef, key) : undefined
  targetRequests += 1
  session.target = { table: tableId, slice: parts?.slice ?? slice, key, request: targetRequests }
  session.screen = 'correspondent'
  session.tab = 'tables'
}

/** Opens the editor where a finding points: its first cell, or its table and missing slice. */
export function openFinding(finding: Finding): void {
  const first = finding.cells[0]
  if (first) {
    openInEditor(first.table, first.key)
    return
  }
  if (finding.table) {
    const slice = typeof finding.params.slice === 'string' ? finding.params.slice : undefined
    openInEditor(finding.table, undefined, slice)
  }
}
