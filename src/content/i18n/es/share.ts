import type { ShareText } from '../../reach/share-text'

export const share: ShareText = {
  share: 'Compartir',
}
