/** Renders content text, turning glossary references into links. Placeholder: the content work completes it. */
import { parseRichText } from '../lib/rich-text'

export function RichText({ text }: { text: string }) {
  return <>{parseRichText(text).map((t, i) => <span key={i}>{t.text}</span>)}</>
}
