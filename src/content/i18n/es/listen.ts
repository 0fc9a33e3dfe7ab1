import type { ListenText } from '../../reach/listen-text'

export const listen: ListenText = {
  controls: 'Leer en voz alta',
  listen: 'Escuchar',
  pause: 'Pausa',
  resume: 'Seguir',
  stop: 'Detener',
  slower: 'Más lento',
  reading: 'Leyendo en voz alta.',
  paused: 'En pausa.',
  stopped: 'Detenido.',
  finished: 'Lectura terminada.',
  noVoice: 'No hay voz en español en este dispositivo, así que este texto no se puede leer en voz alta.',
  failed: 'La lectura en voz alta no empezó. Toque Escuchar otra vez.',
}
