/** Placeholder (the cut work replaces it). */
import type { SceneRefs } from '../../../scene/scene-refs'

export default function CutScene(_props: { refs: SceneRefs }) {
  return null
}
