/** Placeholder parser for `{{glossary-id|shown words}}` links; the content work completes it. */
export type RichToken = { kind: 'text'; text: string } | { kind: 'term'; id: string; text: string }

export function parseRichText(text: string): RichToken[] {
  return [{ kind: 'text', text: text.replace(/\{\{([^|}]+)\|?([^}]*)\}\}/g, (_m, id: string, shown: string) => shown || id) }]
}
