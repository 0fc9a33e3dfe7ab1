import type { XrayText } from '../../views/xray-text'

export const xray: XrayText = {
  name: 'X-ray',
  canvasDescription: 'A simulated X-ray of the hip, taken from the front.',
  filmBefore: 'Before the operation',
  filmAfter: 'After the operation',
  patientBefore: { text: 'Before: the worn hip joint, ball and socket.', sources: [] },
  patientAfter: { text: 'After: the metal cap on the ball and the cup in the socket show bright white.', sources: [] },
}
