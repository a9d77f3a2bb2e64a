// Choosing a slice: one code per slice dimension (the period first, then breakdowns such as the
// kind of asylum application or the age group), joined by ':' in dimension order.
import { codes, hasDateSlices, joinSlice, sliceDimensions, splitSlice } from './questionnaire.svelte'
import type { TableDef } from './types'

/** What a slice may be chosen from. */
export interface SliceChoices {
  /** Slices that hold at least one cell. */
  present: ReadonlySet<string>
  /** Reference dates added by the correspondent that hold no cell yet (date periods only). */
  addedPeriods: readonly string[]
  /** Offer only codes that lead to a present slice, as in a read-only view. */
  onlyPresent: boolean
}

/** Whether a present slice starts with `prefix` (the codes of the first dimensions). */
function startsPresentSlice(present: ReadonlySet<string>, prefix: readonly string[]): boolean {
  const start = joinSlice(prefix)
  for (const slice of present) {
    if (slice === start || slice.startsWith(start + ':')) return true
  }
  return false
}

/** Whether some present slice has `code` for dimension `index` after the codes `chosen` for
 *  the dimensions before it. */
export function leadsToData(choices: SliceChoices, chosen: readonly string[], index: number, code: string): boolean {
  return startsPresentSlice(choices.present, [...chosen.slice(0, index), code])
}

/**
 * Returns the codes offered for slice dimension `index`, given the codes `chosen` for the
 * dimensions before it. A date period offers the dates with data and the added dates in date
 * order. Any other dimension offers its code list in list order.
 */
export function sliceOptions(
  tableDef: TableDef,
  index: number,
  chosen: readonly string[],
  choices: SliceChoices,
): string[] {
  let listed: string[]
  if (index === 0 && hasDateSlices(tableDef)) {
    const periods = new Set(choices.addedPeriods)
    for (const slice of choices.present) periods.add(splitSlice(tableDef, slice)?.[0] ?? slice)
    listed = [...periods].sort()
  } else {
    listed = codes(sliceDimensions(tableDef)[index].codelist).map((c) => c.code)
  }
  if (!choices.onlyPresent) return listed
  return listed.filter((code) => leadsToData(choices, chosen, index, code))
}

/**
 * Completes `wanted` into a slice that the selectors can show. `wanted` may name only the first
 * codes, such as a period alone. Each code of `wanted` that is offered is kept. A missing or unknown code is replaced, for the period, by the first period
 * with data, else the first mandatory period, else the first offered one. For any other
 * dimension it is replaced by the total code when it has data or nothing has, else by the first
 * code with data, else by the first offered code. Returns '' when a dimension offers nothing,
 * such as a stock table with no reference date yet.
 */
export function completeSlice(tableDef: TableDef, wanted: string, choices: SliceChoices): string {
  const dimensions = sliceDimensions(tableDef)
  const given = wanted === '' ? [] : wanted.split(':')
  const chosen: string[] = []
  for (let index = 0; index < dimensions.length; index++) {
    const options = sliceOptions(tableDef, index, chosen, choices)
    if (options.length === 0) return ''
    if (given[index] !== undefined && options.includes(given[index])) {
      chosen.push(given[index])
      continue
    }
    const withData = options.filter((code) => leadsToData(choices, chosen, index, code))
    let pick: string | undefined
    if (index === 0) {
      pick = withData[0] ?? tableDef.mandatory_periods.find((p) => options.includes(p))
    } else {
      const total = dimensions[index].total
      const totalOffered = total !== null && options.includes(total)
      if (totalOffered && (withData.length === 0 || withData.includes(total))) pick = total
      else pick = withData[0]
    }
    chosen.push(pick ?? options[0])
  }
  return joinSlice(chosen)
}
