/**
 * The three.js classes the scene's JSX names (`<mesh>`, `<directionalLight>`, ...), registered
 * with R3F once, before the canvas renders.
 *
 * R3F's `<Canvas>` registers the whole THREE namespace (`extend(THREE)`), and a namespace object
 * used that way keeps every class of three.js in the bundle: about 35 KB gzip of geometries,
 * curves, loaders and the animation system the app never draws. `vite.config.ts` strips that one
 * call from R3F's entry, so what the scene can name is exactly this list. A unit test
 * (tests/unit/three-catalogue.test.ts) fails when a scene file names an element missing here.
 * `<primitive>` needs no entry: R3F handles it itself.
 */
import { extend } from '@react-three/fiber'
import { DirectionalLight, Group, HemisphereLight, Mesh, MeshBasicMaterial, TubeGeometry } from 'three'

export const SCENE_ELEMENTS = { DirectionalLight, Group, HemisphereLight, Mesh, MeshBasicMaterial, TubeGeometry }

extend(SCENE_ELEMENTS)
