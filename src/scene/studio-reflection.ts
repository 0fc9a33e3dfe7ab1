/**
 * What polished metal mirrors: a small photographic studio painted in the page (no image
 * download): a bright ceiling, two soft boxes, grey walls fading to a darker floor. Six 64 px
 * faces are enough: metal that mirrors a blurred room reads as satin cobalt-chrome, and the map
 * needs no prefiltering, so it costs nothing before the first frame (see materials.ts).
 */
import { CubeTexture, SRGBColorSpace } from 'three'

const FACE_PX = 64

type FacePainter = (g: CanvasRenderingContext2D, size: number) => void

/** Walls: light above the horizon, dark below it, like a room lit from the ceiling. */
const wall =
  (softbox: boolean): FacePainter =>
  (g, size) => {
    const fall = g.createLinearGradient(0, 0, 0, size)
    fall.addColorStop(0, '#f4f6f8')
    fall.addColorStop(0.45, '#d5dbe0')
    fall.addColorStop(0.55, '#9aa2aa')
    fall.addColorStop(1, '#6b737a')
    g.fillStyle = fall
    g.fillRect(0, 0, size, size)
    if (softbox) {
      // A tall soft box to one side: the long highlight that makes a sphere read as round.
      const glow = g.createRadialGradient(size * 0.5, size * 0.3, 1, size * 0.5, size * 0.3, size * 0.45)
      glow.addColorStop(0, 'rgba(255,255,255,1)')
      glow.addColorStop(1, 'rgba(255,255,255,0)')
      g.fillStyle = glow
      g.fillRect(0, 0, size, size)
    }
  }

const ceiling: FacePainter = (g, size) => {
  const light = g.createRadialGradient(size / 2, size / 2, 2, size / 2, size / 2, size * 0.7)
  light.addColorStop(0, '#ffffff')
  light.addColorStop(1, '#dfe4e8')
  g.fillStyle = light
  g.fillRect(0, 0, size, size)
}

const floor: FacePainter = (g, size) => {
  g.fillStyle = '#626970'
  g.fillRect(0, 0, size, size)
}

/** three.js cube face order: +x, -x, +y, -y, +z, -z. */
const FACES: FacePainter[] = [wall(false), wall(true), ceiling, floor, wall(true), wall(false)]

let shared: CubeTexture | null = null

/** One studio for every metal part (a texture is uploaded once per WebGL context). */
export function studioReflection(): CubeTexture {
  if (shared) return shared
  const faces = FACES.map((paint) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = FACE_PX
    const g = canvas.getContext('2d')
    if (g) paint(g, FACE_PX)
    return canvas
  })
  shared = new CubeTexture(faces)
  shared.colorSpace = SRGBColorSpace
  shared.needsUpdate = true
  return shared
}
