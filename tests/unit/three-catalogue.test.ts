/**
 * The scene can only name the three.js classes registered in src/scene/three-catalogue.ts (the
 * build strips R3F's register-everything call: vite.config.ts). A JSX element missing from the
 * catalogue would throw inside the canvas at run time; this finds it at test time instead.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCENE_ELEMENTS } from '../../src/scene/three-catalogue'

const HTML_AND_SVG = new Set(
  (
    'a abbr article aside b body br button caption circle clipPath code col colgroup dd defs del details dialog div dl dt ' +
    'ellipse em fieldset figcaption figure footer form g h1 h2 h3 h4 h5 h6 header hr html i img input ins kbd label legend ' +
    'li line linearGradient main mark marker mask meter nav ol optgroup option output p path pattern polygon polyline pre ' +
    'progress q radialGradient rect s section select small span stop strong sub summary sup svg table tbody td text ' +
    'textPath textarea tfoot th thead time title tr tspan u ul use'
  ).split(' '),
)

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  )
}

/** Lowercase JSX element names in a file (not generics such as `useState<number>`). */
function intrinsicElements(source: string): string[] {
  return [...source.matchAll(/(?<![\w.$])<([a-z][A-Za-z0-9]*)(?=[\s/>])/g)].map((m) => m[1]!)
}

const pascal = (tag: string) => tag[0]!.toUpperCase() + tag.slice(1)

describe('three.js catalogue', () => {
  // The canvas's components live in scene folders (src/scene, src/features/<name>/scene).
  const files = tsxFiles(join(__dirname, '../../src')).filter((f) => /[\\/]scene[\\/]/.test(f))

  it('finds the scene files (the scan is not empty)', () => {
    const inScene = files.flatMap((f) => intrinsicElements(readFileSync(f, 'utf8'))).filter((t) => !HTML_AND_SVG.has(t))
    expect(inScene).toContain('mesh')
  })

  it.each(files.map((f) => [f.slice(f.indexOf('src')), f]))('%s names only registered three.js elements', (_, file) => {
    const missing = intrinsicElements(readFileSync(file, 'utf8'))
      .filter((tag) => !HTML_AND_SVG.has(tag) && tag !== 'primitive')
      .filter((tag) => !(pascal(tag) in SCENE_ELEMENTS))
    expect(missing).toEqual([])
  })
})
