/**
 * Whether this browser can draw the 3D view (WebGL2). Asked once and remembered: the answer
 * does not change during a visit, and making a context to find out is not free.
 */
let answer: boolean | undefined

export function hasWebGL2(): boolean {
  if (answer === undefined) {
    try {
      answer = document.createElement('canvas').getContext('webgl2') !== null
    } catch {
      answer = false
    }
  }
  return answer
}
