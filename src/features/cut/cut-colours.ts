/**
 * The flat colours the cut paints each tissue's cut face in: far apart in hue and lightness so
 * the layers read at a glance (and on a projector), unlike the lit colours, which are made to
 * look like the tissue. The legend lists them in this order. Pure (no three.js).
 */
import type { Tissue } from '../../../models/contract'

export const CUT_COLOURS = {
  'cortical-bone': '#f4e9c8',
  'cancellous-bone': '#d7806a',
  marrow: '#f2c230',
  cement: '#8fd16a',
  'cobalt-chrome': '#55606e',
  'porous-coating': '#8c7aa8',
  cartilage: '#6fa8e0',
  labrum: '#9ccbd6',
  osteophyte: '#c9a95a',
  muscle: '#a8342e',
  capsule: '#cfc6b8',
  nerve: '#e6d36e',
  skin: '#e5b49a',
  steel: '#30343c',
  polyethylene: '#dcdcf5',
  'removed-bone': '#e8902a',
} as const satisfies Record<Tissue, string>

/** The legend's order: the bone from outside in, then what the operation adds, then the rest. */
export const LEGEND_ORDER: readonly Tissue[] = [
  'cortical-bone',
  'cancellous-bone',
  'marrow',
  'cement',
  'cobalt-chrome',
  'porous-coating',
  'polyethylene',
  'cartilage',
  'labrum',
  'osteophyte',
  'muscle',
  'capsule',
  'nerve',
  'skin',
  'steel',
  'removed-bone',
]
