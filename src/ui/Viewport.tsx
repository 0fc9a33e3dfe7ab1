/** Placeholder: the 3D view. The scene work writes this (lazy-loads src/scene/, handles no WebGL, loading, errors). */
export function Viewport() {
  return <div className="viewport" data-step="" data-camera="idle" />
}
