/**
 * The text a Listen control reads, taken from the rendered page itself, so what is heard is
 * what is shown (the audience's words, glossary terms as written, in the language on screen)
 * and each sentence has a DOM Range for the highlight. The highlight uses the CSS Custom
 * Highlight API; where it is missing the reading goes on without one.
 */
import { splitSentences } from './narration'

/** A sentence to read and where it is on the page. */
export interface ReadSentence {
  readonly text: string
  readonly ranges: readonly Range[]
}

/**
 * Marks the text of a scope (a step panel, a page) to be read. A scope with marked parts reads
 * its title (its first h2) and those parts; a scope without reads all of its visible text.
 */
export const LISTEN_TEXT_ATTRIBUTE = 'data-listen-text'

/**
 * What is never read: source numbers, controls (but a glossary term's button, which is a word
 * of the sentence), navigation, status lines, hidden and visually hidden text, and the Listen
 * control itself. A part can opt out with `data-listen-skip`.
 */
const SKIP = [
  'sup',
  '[hidden]',
  '[aria-hidden="true"]',
  '[data-listen-skip]',
  'nav',
  'footer',
  'button:not(.rt-term__button)',
  'input',
  'select',
  'textarea',
  'svg',
  'script',
  'style',
  '[role="status"]',
  '[role="alert"]',
  '.visually-hidden',
  '.rt-term__definition',
  '.listen',
].join(', ')

/** Text in different blocks is never one sentence (a heading has no full stop). */
const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, caption, figcaption, blockquote, legend, label, div, section, article, aside'

/** The sentences of a scope, in reading order, each with the Range of its words. */
export function readableSentences(scope: Element, lang: string): ReadSentence[] {
  const marked = [...scope.querySelectorAll(`[${LISTEN_TEXT_ATTRIBUTE}]`)]
  const title = scope.querySelector('h2')
  const roots = marked.length > 0 ? [...(title ? [title] : []), ...marked] : [scope]
  return roots.flatMap((root) => sentencesIn(root, lang))
}

function sentencesIn(root: Element, lang: string): ReadSentence[] {
  const sentences: ReadSentence[] = []
  let run: Text[] = []
  let runBlock: Element | null = null
  const flush = () => {
    if (run.length > 0) sentences.push(...sentencesOfRun(run, lang))
    run = []
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    const parent = text.parentElement
    if (!parent || !text.data.trim() || isSkipped(parent, root)) continue
    const block = parent.closest(BLOCK)
    const inRoot = block && root.contains(block) ? block : root
    if (inRoot !== runBlock) {
      flush()
      runBlock = inRoot
    }
    run.push(text)
  }
  flush()
  return sentences
}

function isSkipped(element: Element, root: Element): boolean {
  const skipped = element.closest(SKIP)
  if (skipped && root.contains(skipped) && skipped !== root) return true
  // Text the layout hides (a phone-only or desktop-only part) is not shown, so not read.
  return typeof element.checkVisibility === 'function' && !element.checkVisibility()
}

/**
 * Cuts a run of text nodes (one block's words) into sentences. A sentence's ranges are one per
 * text node it covers, so the words skipped between them (a glossary definition that is closed)
 * are neither read nor part of the highlight.
 */
function sentencesOfRun(nodes: readonly Text[], lang: string): ReadSentence[] {
  const starts: number[] = []
  let joined = ''
  for (const node of nodes) {
    starts.push(joined.length)
    joined += node.data
  }
  return splitSentences(joined, lang).map((span) => {
    const ranges: Range[] = []
    nodes.forEach((node, i) => {
      const from = Math.max(span.start, starts[i]!)
      const to = Math.min(span.end, starts[i]! + node.data.length)
      if (from >= to) return
      const range = node.ownerDocument.createRange()
      range.setStart(node, from - starts[i]!)
      range.setEnd(node, to - starts[i]!)
      ranges.push(range)
    })
    return { text: span.text, ranges }
  })
}

const HIGHLIGHT = 'narration'

/** Highlights one sentence (`::highlight(narration)` in listen.css), or none. */
export function highlightSentence(ranges: readonly Range[] | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return
  const shown = ranges?.filter((r) => r.startContainer.isConnected) ?? []
  if (shown.length > 0) CSS.highlights.set(HIGHLIGHT, new Highlight(...shown))
  else CSS.highlights.delete(HIGHLIGHT)
}
