/**
 * Content text may link glossary terms: `{{glossary-id}}` shows the glossary's own term,
 * `{{glossary-id|shown words}}` shows the given words. Everything else is plain text.
 * Pure and total: malformed markup (an unclosed `{{`, an empty id) is kept as plain text, so
 * bad content never crashes the page.
 */
export type RichToken =
  | { kind: 'text'; text: string }
  /** `shown` is null when the text should show the glossary's own term. */
  | { kind: 'term'; id: string; shown: string | null }

const LINK = /\{\{\s*([a-z0-9-]+)\s*(?:\|([^{}]*))?\}\}/g

export function parseRichText(text: string): RichToken[] {
  const tokens: RichToken[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const start = match.index
    if (start > last) tokens.push({ kind: 'text', text: text.slice(last, start) })
    const shown = match[2]?.trim()
    tokens.push({ kind: 'term', id: match[1] ?? '', shown: shown ? shown : null })
    last = start + match[0].length
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) })
  return tokens
}

/** The glossary ids a text links to, in order of appearance (duplicates kept). */
export function glossaryIdsIn(text: string): string[] {
  return parseRichText(text).flatMap((t) => (t.kind === 'term' ? [t.id] : []))
}

/**
 * The text as a reader sees it, markup removed. `termFor` gives the glossary's own term for a
 * link without shown words; an unknown id falls back to the id with dashes as spaces.
 */
export function plainText(text: string, termFor: (id: string) => string | undefined = () => undefined): string {
  return parseRichText(text)
    .map((t) => (t.kind === 'text' ? t.text : (t.shown ?? termFor(t.id) ?? t.id.replaceAll('-', ' '))))
    .join('')
}
