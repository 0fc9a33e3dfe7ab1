import type { CutText } from '../../views/cut-text'

export const cut: CutText = {
  name: 'Cut through',
  canvasDescription: 'The hip cut through the ball and neck of the thigh bone, seen from the front.',
}
