import type { LanguagePack } from '../types'
import { ui } from './ui'
import { steps } from './steps'
import { labels } from './labels'
import { glossary } from './glossary'
import { pages } from './pages'
import { sheet } from './sheet'
import { decide } from './decide'
import { compare } from './compare'
import { quiz } from './quiz'
import { teachBack } from './teach-back'
import { explore } from './explore'
import { present } from './present'
import { xray } from './xray'
import { cut } from './cut'
import { listen } from './listen'
import { share } from './share'
import { offline } from './offline'

export const es: LanguagePack = {
  lang: 'es',
  name: 'Español',
  ui,
  chapters: {
    'the-hip': 'Su cadera',
    opening: 'Llegar a la articulación',
    socket: 'La cavidad de la cadera',
    'femoral-head': 'La bola de la cadera',
    finishing: 'Para terminar',
    after: 'Después de la operación',
  },
  steps,
  labels,
  glossary,
  pages,
  sheet,
  decide,
  compare,
  quiz,
  teachBack,
  explore,
  present,
  xray,
  cut,
  listen,
  share,
  offline,
}
