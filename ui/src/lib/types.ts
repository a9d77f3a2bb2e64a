// Shapes of the values the IPC commands return, mirroring the serde output of sicremi-app,
// sicremi-model and sicremi-store (snake_case field names, as those crates serialise them).

/** A text in each of the four languages, keyed by language code. */
export type Text = Record<string, string>

export interface Code {
  code: string
  label: Text
}

export interface CodeList {
  label: Text
  kind: 'enumerated' | 'date'
  include_countries: boolean
  codes: Code[]
}

export interface Statuses {
  obs_status: Code[]
  conf_status: Code[]
  /** Observation statuses that stand in for a number. */
  missing: string[]
  /** House-style symbol shown for a cell with no number, by observation status (".." for L). */
  symbols?: Record<string, string>
}

export type MetadataKind = 'text' | 'long_text' | 'choice' | 'date' | 'integer'

export interface MetadataQuestion {
  id: string
  label: Text
  help: Text
  kind: MetadataKind
  required: boolean
  choices: Code[]
  /** Tables the question is asked for; empty means every table. */
  tables?: string[]
}

export interface DimensionDef {
  id: string
  codelist: string
  role: 'slice' | 'row' | 'column'
  open: boolean
  total: string | null
}

export interface TableDef {
  id: string
  title: Text
  help: Text
  units: string[]
  period: "year" | "reference_date"
  mandatory: boolean
  mandatory_periods: string[]
  /** Dimensions in cell-key order: the slice dimensions first (the period first of all), then
   *  the row and the column dimension in either order. */
  dimensions: DimensionDef[]
}

/** A validation rule. Only the fields the UI reads are typed, and `check` contains more. */
export interface Rule {
  id: string
  severity: Severity
  message: string
  check: { kind: string } & Record<string, unknown>
}

export interface Definition {
  format: string
  id: string
  version: number
  cycle: number
  title: Text
  codelists: Record<string, CodeList>
  statuses: Statuses
  metadata: MetadataQuestion[]
  tables: TableDef[]
  rules?: Rule[]
}

/** Reply of `get_definition`. */
export interface DefinitionView {
  definition: Definition
  /** Codes per code list with the countries expanded; empty for date lists. */
  codes: Record<string, Code[]>
  hash: string
}

/** The serialised `sicremi_app::AppError`. */
export interface AppError {
  code: string
  params: Record<string, string>
  /** English text for logs; shown only when no translation exists. */
  detail: string
}

export type Severity = 'error' | 'warning' | 'info'

export interface CellRef {
  table: string
  key: string
}

export interface Finding {
  id: string
  rule: string
  severity: Severity
  /** Message id in the Fluent catalogs. */
  message: string
  table: string | null
  /** The cells involved; the first is where the editor goes. */
  cells: CellRef[]
  values: (number | null)[]
  params: Record<string, number | string>
}

export interface Justification {
  finding_id: string
  rule: string
  cells: CellRef[]
  values: (number | null)[]
  text: string
  at: string
}

export interface Assessment {
  errors: number
  warnings: number
  unjustified_warnings: number
  infos: number
}

export interface FindingsView {
  findings: Finding[]
  justifications: Justification[]
  assessment: Assessment
}

export interface EditOutcome {
  changed: number
  findings: FindingsView
}

export interface KeyView {
  kind: 'encryption' | 'signing'
  key_id: string
  /** Six groups of five digits, read out over the telephone. */
  fingerprint: string
  label: string | null
}

export interface TableProgress {
  id: string
  slices: string[]
  filled: number
  expected: number
  errors: number
  warnings: number
  unjustified_warnings: number
}

export interface OutgoingSubmission {
  package_id: string
  sequence: number
  path: string
  sha256: string
  created_at: string
  state: 'created' | 'sent' | 'acknowledged' | 'rejected'
  state_changed_at: string
}

export interface Overview {
  country: string
  name: string
  institution: string
  questionnaire: { id: string; version: number; hash: string }
  cycle: number
  workspace_path: string
  signing_key: KeyView
  secretariat_key: KeyView | null
  /** Secretariat keys trusted to sign questionnaire packs and receipts. */
  secretariat_signing_keys: KeyView[]
  /** The current trust bundle, null before the first one is imported. */
  trust_bundle: BundleView | null
  /** Receipts from the secretariat, oldest first. */
  receipts: StoredReceipt[]
  /** Version of the active questionnaire pack, null before the first pack. */
  pack_version: number | null
  /** What moving to the app's newer built-in definition would change, when there is one. */
  definition_upgrade: DefinitionUpgrade | null
  tables: TableProgress[]
  assessment: Assessment
  last_sequence: number
  submissions: OutgoingSubmission[]
}

export interface SealOutcome {
  path: string
  package_id: string
  sequence: number
  sha256: string
  bytes: number
}

export type ImportWarning =
  | { kind: 'names_merged'; code: string; names: string[] }
  | { kind: 'questionnaire_mismatch'; template: string; current: string }

export interface ImportOutcome {
  source: string
  rows_read: number
  cells_written: number
  /** "table.field" of each metadata answer the import filled in. */
  metadata_filled: string[]
  warnings: ImportWarning[]
}

export interface DemoSetup {
  country: string
  correspondent_dir: string
  secretariat_dir: string
  signing_key: KeyView
  secretariat_key: KeyView
}

/** The content of one cell; every part is optional. */
export interface CellContent {
  value?: number | null
  obs_status?: string | null
  conf_status?: string | null
  note?: string | null
}

/** One stored cell, as `table_cells` returns it. */
export interface StoredCell extends CellContent {
  key: string
}

/** A cell as sent to `set_cell`: the typed text, not yet a number. */
export interface CellInput {
  value: string | null
  obs_status: string | null
  conf_status: string | null
  note: string | null
}

export interface DefaultPaths {
  outbox: string
  home: string
}

export interface RegisteredKeyView {
  key_id: string
  fingerprint: string
  country: string
  label: string
  /** RFC 3339 UTC start of the validity period. */
  valid_from: string
  /** RFC 3339 UTC end of the validity period, null when open-ended. */
  valid_to: string | null
  revoked_at: string | null
}

export interface ImportedSubmission {
  package_id: string
  country: string
  cycle: string
  questionnaire_version: string
  sequence: number
  sender_key_id: string
  sha256: string
  imported_at: string
  /** Findings of the secretariat's validation of the package at import. */
  findings: Finding[]
  /** The correspondent's justifications, as sealed in the package. */
  justifications: Justification[]
  is_current: boolean
}

export interface SecretariatOverview {
  encryption_key: KeyView
  /** The key that signs questionnaire packs and receipts; null for a folder created before
   *  packs existed, until its first pack. */
  signing_key: KeyView | null
  store_path: string
  countries: string[]
  submissions: ImportedSubmission[]
  keys: RegisteredKeyView[]
}

export type PackageOutcome =
  | { outcome: 'imported'; package_id: string; sha256: string; replaced_package_id: string | null; cell_count: number }
  | { outcome: 'already_imported'; package_id: string; imported_at: string }
  | { outcome: 'superseded'; package_id: string; sequence: number; latest_sequence: number; latest_package_id: string }

export interface PackageImport {
  file: string
  country: string
  package_id: string
  sequence: number
  sha256: string
  outcome: PackageOutcome
  findings: Finding[]
  justified: number
  /** Path of the signed receipt written for the correspondent; null when writing it failed. */
  receipt: string | null
}

/** Result of importing one file: exactly one of `imported` and `error` is set. */
export interface FileImport {
  file: string
  imported: PackageImport | null
  error: AppError | null
}

export interface Dataset {
  country: string
  /** Cells per table id, then cell key. */
  cells: Record<string, Record<string, CellContent>>
  /** Answers per table id, then question id. */
  metadata: Record<string, Record<string, string>>
}

/** Position of a questionnaire pack against the packs the workspace already has. */
export type PackStatus = 'new' | 'already_imported' | 'outdated' | 'version_conflict'

export interface MigrationPlan {
  /** Cells whose table and key stay the same. */
  kept: number
  moved: { from: CellRef; to: CellRef; value: CellContent }[]
  dropped: { cell: CellRef; value: CellContent }[]
  moved_metadata: { from_table: string; to_table: string; field: string; value: string }[]
  dropped_metadata: { table: string; field: string; value: string }[]
  /** Tables of the new definition that no old table maps to. */
  new_tables: string[]
  new_codes: { table: string; dimension: string; code: string }[]
}

/** Reply of `pack_inspect`: what importing a questionnaire pack would change. */
export interface PackPreview {
  country: string
  cycle: number
  pack_version: number
  issued_at: string
  status: PackStatus
  /** Version of the workspace's active pack; null before the first import. */
  current_pack_version: number | null
  definition_version: number
  definition_hash: string
  definition_changed: boolean
  keys: KeyView[]
  /** Accepted values that would fill empty cells. */
  prefilled_values: number
  population_years: string[]
  /** The pack's population figures beside the workspace's current ones. */
  population: { year: string; value: number; current: number | null }[]
  /** Null when the definition stays the same. */
  migration: MigrationPlan | null
  sha256: string
}

export interface PackOutcome {
  pack_version: number
  definition_version: number
  definition_hash: string
  already_imported: boolean
  prefilled: number
  moved: number
  dropped: number
}

/** A cell or metadata answer that a definition change dropped, kept readable. */
export interface DroppedItem {
  id: number
  definition_hash: string
  kind: 'cell' | 'metadata'
  table_id: string
  /** The cell key or the metadata question id. */
  item: string
  /** The cell's content, or the answer as a string. */
  value: CellContent | string
  dropped_at: string
}

/** Reply of `secretariat_issue_pack`. */
export interface PackIssue {
  path: string
  country: string
  pack_version: number
  definition_hash: string
  /** Accepted cells carried as reference values. */
  accepted_cells: number
  population_years: string[]
  sha256: string
  bytes: number
  signing_key: KeyView
}

/** An enrollment request, as exported by the correspondent or inspected by the secretariat. */
export interface EnrollmentView {
  country: string
  name: string
  institution: string
  key_id: string
  /** Six groups of five digits, read aloud over the telephone. */
  fingerprint: string
  /** RFC 3339 UTC time from the correspondent's clock, informational only. */
  created_at: string
  /** Path of the request file. */
  path: string | null
}

/** A root key that trust bundles may be signed with. */
export interface TrustedRoot {
  key_id: string
  fingerprint: string
  /** True for the real deployment's root compiled into the app. */
  built_in: boolean
}

/** An encryption key of a trust bundle with its validity period (RFC 3339 UTC). */
export interface BundleKeyView {
  key: KeyView
  not_before: string
  not_after: string
}

/** A verified trust bundle. Times are RFC 3339 UTC. */
export interface BundleView {
  version: number
  issued_at: string
  expires_at: string
  /** The root key the bundle verified under. */
  root: KeyView
  encryption_keys: BundleKeyView[]
  /** The secretariat's key for questionnaire packs and receipts. */
  signing_key: KeyView
}

/** Reply of `import_trust_bundle`. */
export interface BundleOutcome {
  bundle: BundleView
  /** True when the same bundle file was imported before; nothing changed then. */
  already_imported: boolean
}

export type ReceiptVerdict = 'imported' | 'already_imported' | 'superseded' | 'rejected'

/** Why the secretariat rejected a package: an error code and its English text. */
export interface ReceiptReason {
  code: string
  message: string
}

/** Reply of `import_receipt`. */
export interface ReceiptOutcome {
  package_id: string
  verdict: ReceiptVerdict
  sequence: number
  latest_sequence: number
  findings: { errors: number; warnings: number; justified: number }
  reason: ReceiptReason | null
  issued_at: string
  /** The submission's state now; null when the workspace has no record of the package. */
  submission_state: OutgoingSubmission['state'] | null
  sequence_before: number
  sequence_after: number
  already_imported: boolean
}

/** A receipt stored in the workspace. `verdict` is a ReceiptVerdict; `issued_at` is Unix
 *  seconds and `imported_at` RFC 3339 UTC. */
export interface StoredReceipt {
  sha256: string
  package_id: string
  package_sha256: string
  verdict: string
  sequence: number
  latest_sequence: number
  errors: number
  warnings: number
  justified: number
  reason_code: string | null
  reason: string | null
  issued_at: number
  imported_at: string
}

export type BatchStatus = 'imported' | 'already_imported' | 'superseded' | 'quarantined' | 'failed'

/** One file of a batch import. */
export interface BatchEntry {
  file: string
  status: BatchStatus
  /** Set for imported, already imported and superseded files. */
  import: PackageImport | null
  /** Set for quarantined and failed files. */
  error: AppError | null
  /** Path of the quarantined copy. */
  quarantined_to: string | null
}

/** Reply of `secretariat_import_batch`: counts per status and one entry per file. */
export interface BatchSummary {
  imported: number
  already_imported: number
  superseded: number
  quarantined: number
  failed: number
  quarantine_dir: string
  receipts_dir: string
  entries: BatchEntry[]
}

export type CycleState = 'open' | 'closed'

/** A reporting cycle whose state was set; a cycle not listed is open. */
export interface CycleRecord {
  cycle: string
  state: CycleState
  /** RFC 3339 UTC time of the last change. */
  changed_at: string
}

/** What moving to the questionnaire definition built into the app would change. */
export interface DefinitionUpgrade {
  from_version: number
  from_hash: string
  to_version: number
  to_hash: string
  migration: MigrationPlan
}

export interface UpgradeOutcome {
  definition_version: number
  definition_hash: string
  moved: number
  dropped: number
}
