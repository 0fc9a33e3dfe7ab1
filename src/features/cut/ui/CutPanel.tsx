/** Placeholder (the cut work replaces it). */
export default function CutPanel() {
  return null
}
