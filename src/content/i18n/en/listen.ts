import type { ListenText } from '../../reach/listen-text'

export const listen: ListenText = {
  listen: 'Listen',
}
