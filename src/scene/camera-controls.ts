/**
 * drei's CameraControls (and the camera-controls library under it), a chunk of its own: the
 * camera rig loads it after the first frame (CameraRig.tsx).
 */
export { CameraControls as default } from '@react-three/drei'
