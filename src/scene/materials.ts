/**
 * Materials that read as tissue, replacing the ones in the files by tissue name
 * (starting values from the design notes, tuned by looking at the screenshots).
 * Every part gets its own copy so it can be made see-through or emphasised on its own.
 */
import { Color, DoubleSide, FrontSide, MeshPhysicalMaterial, type MeshPhysicalMaterialParameters } from 'three'
import type { Tissue } from '../../models/contract'

const TISSUE_LOOKS: Record<Tissue, MeshPhysicalMaterialParameters> = {
  'cortical-bone': { color: '#e6d9be', roughness: 0.6, clearcoat: 0.15, clearcoatRoughness: 0.5 },
  'cancellous-bone': { color: '#c99a82', roughness: 0.85 },
  osteophyte: { color: '#d6c290', roughness: 0.75 },
  cartilage: { color: '#dce5ec', roughness: 0.3, clearcoat: 0.6, clearcoatRoughness: 0.25, sheen: 0.3, sheenColor: new Color('#ffffff') },
  labrum: { color: '#e8e2d6', roughness: 0.45, clearcoat: 0.3 },
  capsule: { color: '#d6d0c6', roughness: 0.5, transparent: true, opacity: 0.55, side: DoubleSide, depthWrite: false },
  muscle: { color: '#9a3a35', roughness: 0.5, clearcoat: 0.4, clearcoatRoughness: 0.35, sheen: 0.5, sheenColor: new Color('#d98b7f') },
  nerve: { color: '#f1dc8a', roughness: 0.5, clearcoat: 0.2 },
  skin: { color: '#dda98e', roughness: 0.55, sheen: 0.25, sheenColor: new Color('#ffd9c4') },
  'cobalt-chrome': { color: '#c4c5c4', metalness: 1, roughness: 0.15 },
  // The cup's porous outer surface (bone grows into it): matte, grainy metal.
  'porous-coating': { color: '#a8a6a0', metalness: 0.85, roughness: 0.75 },
  steel: { color: '#cfcbc6', metalness: 1, roughness: 0.3 },
}

const isTissue = (name: string): name is Tissue => name in TISSUE_LOOKS

/** The material for a tissue; an unknown name (a file from another generator) reads as bone. */
export function tissueMaterial(name: string): MeshPhysicalMaterial {
  const tissue: Tissue = isTissue(name) ? name : 'cortical-bone'
  const material = new MeshPhysicalMaterial({ side: FrontSide, ...TISSUE_LOOKS[tissue] })
  material.name = tissue
  material.userData.baseOpacity = material.opacity
  material.userData.baseTransparent = material.transparent
  material.userData.baseDepthWrite = material.depthWrite
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
}

/** Puts a part's material into its mode (shown or see-through, emphasised or not). */
export function styleMaterial(material: MeshPhysicalMaterial, ghost: boolean, emphasised: boolean): void {
  const baseTransparent = material.userData.baseTransparent === true
  const transparent = ghost || baseTransparent
  if (material.transparent !== transparent) {
    material.transparent = transparent
    material.needsUpdate = true
  }
  const baseOpacity = typeof material.userData.baseOpacity === 'number' ? material.userData.baseOpacity : 1
  // A see-through part the step is about stays clearly readable over what lies behind it.
  const ghostOpacity = emphasised ? EMPHASISED_GHOST_OPACITY : GHOST_OPACITY
  material.opacity = ghost ? Math.min(baseOpacity, ghostOpacity) : baseOpacity
  material.depthWrite = ghost ? false : material.userData.baseDepthWrite !== false
  material.emissive.copy(emphasised ? HIGHLIGHT : NO_GLOW)
  material.emissiveIntensity = emphasised ? GLOW[isTissue(material.name) ? material.name : 'cortical-bone'] : 0
}

/**
 * Which of a part's tissues to emphasise: a prepared bone shows its new cut (cancellous
 * surface), not the whole bone; everything else glows all over.
 */
export function emphasisTissues(tissues: ReadonlySet<string>): (tissue: string) => boolean {
  return tissues.has('cancellous-bone') && tissues.has('cortical-bone') ? (t) => t === 'cancellous-bone' : () => true
}
