/**
 * The manifest's measured volumes, for the DOM around the canvas. Named imports of the JSON's
 * top-level keys, so the page's first bundle carries these two and not the whole manifest.
 */
import { comparison, volumesMm3 } from '../../../../models/manifest.json'
import type { BoneVolumes } from '../bone-removed'

export const boneVolumes: BoneVolumes = { comparison, volumesMm3 }
