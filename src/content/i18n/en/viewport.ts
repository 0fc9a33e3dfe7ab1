/** Strings of the 3D view and its states (loading, errors, no WebGL). Part of `ui`. */
export const viewport = {
  viewportLabel: '3D view of the hip',
} as const
