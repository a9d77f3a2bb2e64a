// Typed wrappers around the desktop shell's IPC commands (src-tauri/commands.rs and
// src-tauri/ipc/). A failed command rejects with the serialised AppError {code, params, detail};
// lib/errors.ts turns it into translated text.
import { invoke } from '@tauri-apps/api/core'
import type {
  BatchSummary,
  BundleOutcome,
  CellInput,
  CycleRecord,
  CycleState,
  EnrollmentView,
  ReceiptOutcome,
  TrustedRoot,
  DefaultPaths,
  DefinitionView,
  DemoSetup,
  Dataset,
  EditOutcome,
  FileImport,
  FindingsView,
  ImportOutcome,
  DroppedItem,
  KeyView,
  Overview,
  PackIssue,
  PackOutcome,
  UpgradeOutcome,
  PackPreview,
  RegisteredKeyView,
  SealOutcome,
  SecretariatOverview,
  StoredCell,
} from './types'

/** Reply of the `app_info` command. */
export interface AppInfo {
  /** Version of the running app. */
  version: string
  /** Absolute data folder in use. */
  dataDir: string
  /** Whether the data folder holds a correspondent workspace. */
  hasCorrespondent: boolean
  /** Whether the data folder holds a secretariat key. */
  hasSecretariat: boolean
}

export function getAppInfo(): Promise<AppInfo> {
  return invoke<AppInfo>('app_info')
}

export function getDefinition(): Promise<DefinitionView> {
  return invoke('get_definition')
}

// Setup

export function createDemo(country: string, passphrase: string): Promise<DemoSetup> {
  return invoke('demo_create', { country, passphrase })
}

export function createCorrespondent(
  country: string,
  name: string,
  institution: string,
  passphrase: string,
): Promise<Overview> {
  return invoke('correspondent_create', { country, name, institution, passphrase })
}

export function trustSecretariat(path: string): Promise<KeyView> {
  return invoke('trust_secretariat', { path })
}

/** Creates the secretariat's encryption key and consolidated store, and resolves to its overview. */
export function createSecretariat(passphrase: string): Promise<SecretariatOverview> {
  return invoke('secretariat_create', { passphrase })
}

/** Writes the correspondent's public signing key file; resolves to the path written. */
export function exportSigningKey(path: string): Promise<string> {
  return invoke('export_signing_key', { path })
}

// Correspondent

export function getOverview(): Promise<Overview> {
  return invoke('overview')
}

export function getTableCells(table: string): Promise<StoredCell[]> {
  return invoke('table_cells', { table })
}

export function getMetadata(): Promise<Record<string, Record<string, string>>> {
  return invoke('metadata')
}

export function setCell(table: string, key: string, input: CellInput): Promise<EditOutcome> {
  return invoke('set_cell', { table, key, input })
}

/** Stores a pasted block in one transaction: every cell, or none. */
export function setCells(table: string, cells: [string, CellInput][]): Promise<EditOutcome> {
  return invoke('set_cells', { table, cells })
}

export function setMetadata(table: string, field: string, value: string): Promise<FindingsView> {
  return invoke('set_metadata', { table, field, value })
}

export function getFindings(): Promise<FindingsView> {
  return invoke('findings')
}

export function justify(findingId: string, text: string): Promise<FindingsView> {
  return invoke('justify', { findingId, text })
}

export function importRenaper(path: string, date: string): Promise<ImportOutcome> {
  return invoke('import_renaper', { path, date })
}

export function importTemplate(path: string): Promise<ImportOutcome> {
  return invoke('import_template', { path })
}

/** Writes an .xlsx template; resolves to the path written. */
export function exportTemplate(table: string, lang: string, path: string): Promise<string> {
  return invoke('export_template', { table, lang, path })
}

export function seal(passphrase: string, destination: string | null): Promise<SealOutcome> {
  return invoke('seal', { passphrase, destination })
}

export function getDefaultPaths(): Promise<DefaultPaths> {
  return invoke('default_paths')
}

/** Verifies a questionnaire pack file and resolves to what importing it would change. */
export function inspectPack(path: string): Promise<PackPreview> {
  return invoke('pack_inspect', { path })
}

/** Imports a questionnaire pack; `allowValueChanges` confirms the moves and drops it plans. */
export function importPack(path: string, allowValueChanges: boolean): Promise<PackOutcome> {
  return invoke('pack_import', { path, allowValueChanges })
}

/** Moves the workspace to the questionnaire definition built into this version of the app. */
export function upgradeDefinition(allowValueChanges: boolean): Promise<UpgradeOutcome> {
  return invoke('upgrade_definition', { allowValueChanges })
}

export function getDroppedItems(): Promise<DroppedItem[]> {
  return invoke('dropped_items')
}

// Secretariat

export function getSecretariatOverview(): Promise<SecretariatOverview> {
  return invoke('secretariat_overview')
}

export function importPackages(paths: string[], passphrase: string): Promise<FileImport[]> {
  return invoke('secretariat_import', { paths, passphrase })
}

export function getCountryDataset(country: string): Promise<Dataset> {
  return invoke('secretariat_dataset', { country })
}

/** Writes the consolidated workbook; resolves to the number of countries written. */
export function exportConsolidated(path: string, lang: string): Promise<number> {
  return invoke('secretariat_export', { path, lang })
}

export function registerCorrespondent(path: string, country: string): Promise<RegisteredKeyView> {
  return invoke('secretariat_register', { path, country })
}

export function revokeKey(keyId: string): Promise<RegisteredKeyView> {
  return invoke('secretariat_revoke', { keyId })
}

/** Issues a signed questionnaire pack for `country` with `population` (persons per year). */
export function issuePack(
  country: string,
  passphrase: string,
  population: Record<string, number>,
  path: string,
): Promise<PackIssue> {
  return invoke('secretariat_issue_pack', { country, passphrase, population, path })
}

/** Writes the secretariat's public encryption key file; resolves to the path written. */
export function exportSecretariatKey(path: string): Promise<string> {
  return invoke('secretariat_export_key', { path })
}

/** Writes the secretariat's public signing key file (packs and receipts); resolves to the path
 *  written. */
export function exportSecretariatSigningKey(path: string): Promise<string> {
  return invoke('secretariat_export_signing_key', { path })
}

/** Verifies an enrollment request file and resolves to its content. Changes nothing. */
export function inspectEnrollment(path: string): Promise<EnrollmentView> {
  return invoke('secretariat_inspect_enrollment', { path })
}

/** Registers the key of an enrollment request. Blank dates mean "from now" and "open-ended";
 *  dates are YYYY-MM-DD (midnight UTC). */
export function registerEnrollment(path: string, validFrom: string, validTo: string): Promise<RegisteredKeyView> {
  return invoke('secretariat_register_enrollment', { path, validFrom, validTo })
}

/** Imports every package file of a folder, or one file. */
export function importBatch(path: string, passphrase: string): Promise<BatchSummary> {
  return invoke('secretariat_import_batch', { path, passphrase })
}

export function getCycles(): Promise<CycleRecord[]> {
  return invoke('secretariat_cycles')
}

/** Closes or reopens a reporting cycle (a four-digit year). */
export function setCycleState(cycle: string, cycleState: CycleState): Promise<CycleRecord> {
  return invoke('secretariat_set_cycle_state', { cycle, cycleState })
}

// Correspondent's exchange with the secretariat

/** Writes an enrollment request for the signing key to a new file. */
export function exportEnrollment(passphrase: string, path: string): Promise<EnrollmentView> {
  return invoke('export_enrollment', { passphrase, path })
}

/** Replaces the signing key with a new one under `passphrase`; resolves to the new key. */
export function replaceSigningKey(passphrase: string): Promise<KeyView> {
  return invoke('replace_signing_key', { passphrase })
}

export function importTrustBundle(path: string): Promise<BundleOutcome> {
  return invoke('import_trust_bundle', { path })
}

/** Resolves to the roots that trust bundles may be signed with, the built-in root first. */
export function getTrustedRoots(): Promise<TrustedRoot[]> {
  return invoke('trusted_roots')
}

export function importReceipt(path: string): Promise<ReceiptOutcome> {
  return invoke('import_receipt', { path })
}
