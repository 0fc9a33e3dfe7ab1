/**
 * Just enough PDF reading for the browser tests, with no dependency: the number of pages and the
 * text of a PDF that Chromium printed. Chromium writes plain (uncompressed) objects, deflated
 * content streams and subset fonts whose glyph codes only a ToUnicode map turns into text; this
 * follows each page's fonts to those maps. Not a general PDF reader.
 */
import { inflateSync } from 'node:zlib'

interface PdfObject {
  dict: string
  stream?: Buffer
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const out = new Map<number, PdfObject>()
  const re = /(\d+)\s+0\s+obj\b/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length
    const end = text.indexOf('endobj', start)
    if (end < 0) break
    const body = text.slice(start, end)
    const s = body.indexOf('stream')
    if (s < 0) {
      out.set(Number(m[1]), { dict: body })
    } else {
      const dict = body.slice(0, s)
      let dataStart = start + s + 'stream'.length
      if (text[dataStart] === '\r') dataStart++
      if (text[dataStart] === '\n') dataStart++
      const dataEnd = text.lastIndexOf('endstream', end)
      let data = pdf.subarray(dataStart, dataEnd)
      if (/\/FlateDecode/.test(dict)) {
        try {
          data = inflateSync(data)
        } catch {
          data = Buffer.alloc(0)
        }
      }
      out.set(Number(m[1]), { dict, stream: data })
    }
    re.lastIndex = end
  }
  return out
}

/** How many pages: page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return [...objects(pdf).values()].filter((o) => /\/Type\s*\/Page(?!s)\b/.test(o.dict)).length
}

const hexToBytes = (hex: string): number[] => {
  const clean = hex.replace(/\s+/g, '')
  const bytes: number[] = []
  for (let i = 0; i < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16))
  return bytes
}

const utf16 = (hex: string): string => {
  const b = hexToBytes(hex)
  let s = ''
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i]! << 8) | b[i + 1]!)
  return s
}

/** A ToUnicode CMap: glyph code (as hex, its byte length kept) to text. */
function parseCMap(cmap: string): { map: Map<string, string>; bytes: number } {
  const map = new Map<string, string>()
  let bytes = 2
  const range = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap)
  if (range) bytes = range[1]!.length / 2
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(from!.toLowerCase(), utf16(to!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const a = parseInt(lo!, 16)
      const z = parseInt(hi!, 16)
      const base = parseInt(to!, 16)
      for (let c = a; c <= z && c - a < 65536; c++) map.set(c.toString(16).padStart(lo!.length, '0'), String.fromCharCode(base + c - a))
    }
  }
  return { map, bytes }
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return m ? Number(m[1]) : null
}

/** The text of every page, in content order (words may run together where the PDF positions them apart). */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf)
  const dictOf = (n: number | null) => (n === null ? '' : (objs.get(n)?.dict ?? ''))
  const cmaps = new Map<number, ReturnType<typeof parseCMap>>()
  const cmapOfFont = (fontObj: number) => {
    const toUnicode = ref(dictOf(fontObj), 'ToUnicode')
    if (toUnicode === null) return null
    if (!cmaps.has(toUnicode)) cmaps.set(toUnicode, parseCMap(objs.get(toUnicode)?.stream?.toString('latin1') ?? ''))
    return cmaps.get(toUnicode) ?? null
  }
  const pages: string[] = []
  for (const o of objs.values()) {
    if (!/\/Type\s*\/Page(?!s)\b/.test(o.dict)) continue
    // The page's fonts: /Resources (inline or a reference) then /Font (inline or a reference).
    let resources = o.dict
    const resRef = ref(o.dict, 'Resources')
    if (resRef !== null) resources = dictOf(resRef)
    let fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? ''
    const fontRef = ref(resources, 'Font')
    if (!fontDict && fontRef !== null) fontDict = dictOf(fontRef)
    const fonts = new Map<string, number>()
    for (const [, name, n] of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+0\s+R/g)) fonts.set(name!, Number(n))
    // The page's content streams.
    const contents: number[] = []
    const arr = /\/Contents\s*\[([^\]]*)\]/.exec(o.dict)
    if (arr) for (const [, n] of arr[1]!.matchAll(/(\d+)\s+0\s+R/g)) contents.push(Number(n))
    else {
      const c = ref(o.dict, 'Contents')
      if (c !== null) contents.push(c)
    }
    let text = ''
    for (const c of contents) {
      const ops = objs.get(c)?.stream?.toString('latin1') ?? ''
      let cmap: ReturnType<typeof parseCMap> | null = null
      const token = /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\b(ET|T\*|Td|TD)\b/g
      let t: RegExpExecArray | null
      while ((t = token.exec(ops))) {
        if (t[1] !== undefined) {
          const fontObj = fonts.get(t[1])
          cmap = fontObj === undefined ? null : cmapOfFont(fontObj)
        } else if (t[2] !== undefined && cmap) {
          const hex = t[2].replace(/\s+/g, '').toLowerCase()
          const step = cmap.bytes * 2
          for (let i = 0; i < hex.length; i += step) text += cmap.map.get(hex.slice(i, i + step)) ?? ''
        } else if (t[3] !== undefined) text += ' '
      }
    }
    pages.push(text)
  }
  return pages.join('\n')
}

/** Text compared without its spacing (PDF positions words rather than always spacing them). */
export const squeeze = (s: string): string => s.replace(/\s+/g, '').toLowerCase()
