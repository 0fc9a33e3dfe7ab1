/**
 * Loads the generated glTF files (meshopt-compressed; the decoder ships inside three, so no
 * CDN) and hands back each part's object, found by node name, dressed in the app's tissue
 * materials (the file names each primitive's tissue as its material's name).
 */
import { Mesh, type Object3D } from 'three'
import { PARTS, type AnyModelFile, type Part } from '../../models/contract'
import { readGlb } from './glb-reader'
import { dressMesh, tissueLooks, type TissueLooks } from './materials'
import { downloadModel } from './model-download'
import { fibreAxis, setFibres } from './shading/atlas-shading'

export type PartObjects = Map<Part, Object3D>

export class ModelLoadError extends Error {
  constructor(readonly file: AnyModelFile, cause: unknown) {
    super(`Could not load ${file}: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/** Loads one file; `onProgress` gets the bytes received so far. */
export async function loadModelFile(file: AnyModelFile, onProgress: (loadedBytes: number) => void): Promise<PartObjects> {
  try {
    const bytes = await downloadModel(file, onProgress)
    return extractParts(await readGlb(bytes))
  } catch (error) {
    throw new ModelLoadError(file, error)
  }
}

function extractParts(root: Object3D): PartObjects {
  root.updateMatrixWorld(true)
  const parts: PartObjects = new Map()
  for (const part of PARTS) {
    const node = root.getObjectByName(part)
    if (!node) continue
    // Bake the node's place in the file into its own transform: the app re-parents parts and
    // must not depend on how the file nested them (e.g. quantisation transforms).
    node.matrixWorld.decompose(node.position, node.quaternion, node.scale)
    node.removeFromParent()
    // One set of looks per tissue per part, so each part is made see-through or emphasised on its own.
    const looks = new Map<string, TissueLooks>()
    node.traverse((child) => {
      if (!(child instanceof Mesh)) return
      const tissue = String(child.userData.materialName)
      let mine = looks.get(tissue)
      if (!mine) {
        mine = tissueLooks(tissue)
        looks.set(tissue, mine)
        // A muscle's stripes run along its part's long axis (one mesh a muscle), found once; its
        // vertices are in the file's units.
        if (mine.tissue === 'muscle') {
          const fibres = fibreAxis(child.geometry, node.scale.x * (child === node ? 1 : child.scale.x))
          setFibres(mine.solid, fibres)
          setFibres(mine.seeThrough, fibres)
        }
      }
      dressMesh(child, [mine])
    })
    parts.set(part, node)
  }
  return parts
}
