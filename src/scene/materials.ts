/**
 * Materials that read as tissue, replacing the ones in the files by tissue name
 * (starting values from the design notes, tuned by looking at the screenshots).
 * Every part gets its own copy so it can be made see-through or emphasised on its own.
 *
 * Why these material kinds: a physically based environment map needs a prefiltered (PMREM)
 * map, and three.js builds one with hundreds of samples per texel. On a phone or in software
 * WebGL that took 8 to 10 seconds before the first frame, and clearcoat and sheen made every
 * frame slower again. So tissue is lit by the scene's lights alone (standard material: diffuse
 * plus a highlight), and metal, which is nothing without something to reflect, mirrors a small
 * painted studio (Phong with a cube map, no prefiltering; see studio-reflection.ts). Both kinds
 * carry the atlas shading (baked occlusion, rim, muscle fibres: shading/atlas-shading.ts).
 */
import { Color, DoubleSide, FrontSide, MeshPhongMaterial, MixOperation, MeshStandardMaterial, type Mesh } from 'three'
import type { Tissue } from '../../models/contract'
import { applyAtlasShading } from './shading/atlas-shading'
import { studioReflection } from './studio-reflection'

export type TissueMaterial = MeshStandardMaterial | MeshPhongMaterial

interface Look {
  color: string
  /** Organic tissue: how matte (0 glossy, 1 chalky). */
  roughness?: number
  /** Metal: how much of the studio it mirrors (0..1); the rest is its own colour. */
  reflectivity?: number
  /** Metal: size of the lights' highlight (Phong exponent); lower is more satin. */
  shininess?: number
  transparent?: boolean
  opacity?: number
  doubleSided?: boolean
}

const TISSUE_LOOKS: Record<Tissue, Look> = {
  'cortical-bone': { color: '#e6d9be', roughness: 0.6 },
  'cancellous-bone': { color: '#c99a82', roughness: 0.85 },
  // Bone (new bone): the cortex's colour a shade warmer, so the student can tell it.
  osteophyte: { color: '#e0d0aa', roughness: 0.68 },
  cartilage: { color: '#dce5ec', roughness: 0.3 },
  labrum: { color: '#e8e2d6', roughness: 0.45 },
  capsule: { color: '#d6d0c6', roughness: 0.5, transparent: true, opacity: 0.55, doubleSided: true },
  muscle: { color: '#9a3a35', roughness: 0.45 },
  nerve: { color: '#f1dc8a', roughness: 0.5 },
  skin: { color: '#dda98e', roughness: 0.55 },
  'cobalt-chrome': { color: '#c4c5c4', reflectivity: 0.85, shininess: 90 },
  // The cup's porous outer surface (bone grows into it): matte, grainy metal.
  'porous-coating': { color: '#a8a6a0', reflectivity: 0.3, shininess: 12 },
  steel: { color: '#cfcbc6', reflectivity: 0.7, shininess: 60 },
  // The THR liner: off-white, matte plastic.
  polyethylene: { color: '#ece8dc', roughness: 0.7 },
  // The bone an operation removes (comparison): a clear orange-amber, opaque.
  'removed-bone': { color: '#e8902a', roughness: 0.55 },
  // Inside the bone (seen in the cut): yellow marrow, and cream bone cement.
  marrow: { color: '#e2b24e', roughness: 0.8 },
  cement: { color: '#f1edd6', roughness: 0.7 },
}

/**
 * How strongly a tissue's outline is lit at grazing angles (src/scene/shading): bone most, so
 * it stands off the background; metal none, its studio reflection already outlines it.
 */
const DEFAULT_RIM = 0.1
const RIM: Partial<Record<Tissue, number>> = {
  'cortical-bone': 0.2,
  osteophyte: 0.2,
  cartilage: 0.12,
  labrum: 0.12,
  'cobalt-chrome': 0,
  'porous-coating': 0,
  steel: 0,
}

const isTissue = (name: string): name is Tissue => name in TISSUE_LOOKS

const isMetal = (look: Look) => look.reflectivity !== undefined

/**
 * A tissue's two materials on one part: drawn solid, and see-through (blended, behind the solid
 * parts). Switching a part between them swaps the mesh's material; flipping one material's
 * `transparent` flag instead would make three.js look up its shader program again on every step.
 * A tissue that is always see-through (the capsule) has one material for both.
 */
export interface TissueLooks {
  tissue: Tissue
  solid: TissueMaterial
  seeThrough: TissueMaterial
}

/** The materials for a tissue; an unknown name (a file from another generator) reads as bone. */
export function tissueLooks(name: string): TissueLooks {
  const tissue: Tissue = isTissue(name) ? name : 'cortical-bone'
  const look = TISSUE_LOOKS[tissue]
  const solid = tissueMaterial(tissue, look, look.transparent ?? false)
  return { tissue, solid, seeThrough: look.transparent ? solid : tissueMaterial(tissue, look, true) }
}

/** Each loaded mesh's looks, one per material slot (a mesh may have several tissues). */
const meshLooks = new WeakMap<Mesh, readonly TissueLooks[]>()

/** A mesh's looks (one per material slot), for a view that changes them in place (src/features/cut). */
export const looksOf = (mesh: Mesh): readonly TissueLooks[] | undefined => meshLooks.get(mesh)

/** Gives a mesh its tissues' looks and starts it solid. */
export function dressMesh(mesh: Mesh, looks: readonly TissueLooks[]): void {
  meshLooks.set(mesh, looks)
  mesh.material = looks.length === 1 ? looks[0]!.solid : looks.map((l) => l.solid)
}

/**
 * Puts a mesh's tissues into a mode; `emphasise` says which tissues glow when the part is
 * emphasised. `picked`: the user touched this part (src/features/explore), a tint over all of it.
 */
export function styleMesh(mesh: Mesh, ghost: boolean, emphasised: boolean, emphasise: (tissue: string) => boolean, picked = false): void {
  const looks = meshLooks.get(mesh)
  if (!looks) return
  const styled = looks.map((l) => styleTissue(l, ghost, emphasised && emphasise(l.tissue), picked))
  mesh.material = styled.length === 1 ? styled[0]! : styled
}

function tissueMaterial(tissue: Tissue, look: Look, transparent: boolean): TissueMaterial {
  const shared = {
    color: look.color,
    side: look.doubleSided ? DoubleSide : FrontSide,
    transparent,
    opacity: look.opacity ?? 1,
    depthWrite: !transparent,
  }
  const material = isMetal(look)
    ? new MeshPhongMaterial({
        ...shared,
        envMap: studioReflection(),
        // Mirror the studio (mixed with the lit colour), rather than tint the lit colour with it.
        combine: MixOperation,
        reflectivity: look.reflectivity,
        shininess: look.shininess,
        specular: new Color('#ffffff'),
      })
    : new MeshStandardMaterial({ ...shared, roughness: look.roughness, metalness: 0 })
  material.name = tissue
  applyAtlasShading(material, { rim: RIM[tissue] ?? DEFAULT_RIM, fibres: tissue === 'muscle' })
  return material
}

/** Calm emphasis: a soft teal glow that says "this one" without shouting. */
const HIGHLIGHT = new Color('#2bb3c0')
const NO_GLOW = new Color('#000000')
export const GHOST_OPACITY = 0.18
export const EMPHASISED_GHOST_OPACITY = 0.5

/**
 * How strongly each tissue glows when emphasised. Polished metal reflects the room, so a little
 * goes a long way; on a bone, only the fresh cut surface glows (see `emphasisTissues`).
 */
const GLOW: Record<Tissue, number> = {
  'cortical-bone': 0.3,
  'cancellous-bone': 0.35,
  osteophyte: 0.45,
  cartilage: 0.3,
  labrum: 0.3,
  capsule: 0.35,
  muscle: 0.3,
  nerve: 0.3,
  skin: 0.2,
  'cobalt-chrome': 0.06,
  'porous-coating': 0.08,
  steel: 0.06,
  polyethylene: 0.3,
  'removed-bone': 0.3,
  marrow: 0.3,
  cement: 0.3,
}

/**
 * The part the user touched: a warm tint, unlike the step's teal emphasis, so "what I touched"
 * and "what this step is about" read apart; about as strong as the emphasis (faint on metal,
 * which reflects the room).
 */
const PICK_TINT = new Color('#ffb347')
const pickGlow = (tissue: Tissue) => Math.max(GLOW[tissue], 0.06) * 1.1

/**
 * A part's tissue in its mode (solid or see-through, emphasised or picked or neither): which of
 * its two materials to draw with, set up for that mode. Only values three.js sends as uniforms change.
 */
function styleTissue(looks: TissueLooks, ghost: boolean, emphasised: boolean, picked = false): TissueMaterial {
  const material = ghost ? looks.seeThrough : looks.solid
  const baseOpacity = TISSUE_LOOKS[looks.tissue].opacity ?? 1
  // A see-through part the step is about stays clearly readable over what lies behind it.
  const ghostOpacity = emphasised ? EMPHASISED_GHOST_OPACITY : GHOST_OPACITY
  material.opacity = ghost ? Math.min(baseOpacity, ghostOpacity) : baseOpacity
  material.emissive.copy(picked ? PICK_TINT : emphasised ? HIGHLIGHT : NO_GLOW)
  material.emissiveIntensity = picked ? pickGlow(looks.tissue) : emphasised ? GLOW[looks.tissue] : 0
  return material
}

/**
 * Which of a part's tissues to emphasise: a prepared bone shows its new cut (cancellous
 * surface), not the whole bone; everything else glows all over.
 */
export function emphasisTissues(tissues: ReadonlySet<string>): (tissue: string) => boolean {
  return tissues.has('cancellous-bone') && tissues.has('cortical-bone') ? (t) => t === 'cancellous-bone' : () => true
}
