/** Placeholder (the X-ray work replaces it): draws nothing of its own yet. */
import type { PartObjects } from '../../../scene/model-loader'

export default function XrayScene(_props: { parts: PartObjects }) {
  return null
}
