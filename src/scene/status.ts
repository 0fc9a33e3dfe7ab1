/** What the 3D view tells the page around it. Type-only, so importing it pulls in no three.js. */
export type SceneStatus =
  | { kind: 'loading'; progress: number }
  | { kind: 'ready'; progress: number }
  | { kind: 'error'; message: string }
  | { kind: 'context-lost' }
