import type { ListenText } from '../../reach/listen-text'

export const listen: ListenText = {
  controls: 'Read aloud',
  listen: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  slower: 'Slower',
  reading: 'Reading aloud.',
  paused: 'Paused.',
  stopped: 'Stopped.',
  finished: 'Finished reading.',
  noVoice: 'There is no English voice on this device, so this text cannot be read aloud.',
  failed: 'Reading aloud did not start. Try Listen again.',
}
