/**
 * The two pieces of three-mesh-bvh the app uses, loaded lazily by raycast.ts. A dynamic
 * `import('three-mesh-bvh')` hands back the whole namespace, which keeps every module of the
 * package in the chunk (its helpers, debug and GPU code: about 60% of it); named imports here
 * let the bundler drop the rest.
 */
export { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh'
