/**
 * Khronos glTF-Validator on a file's bytes, and the same file uncompressed: meshopt data is
 * only reported as "info" by the validator, so the decoded document is written without the
 * compression extension and validated again.
 */
import { EXTMeshoptCompression } from '@gltf-transform/extensions'
import { validateBytes, type ValidationMessage } from 'gltf-validator'
import { io } from './gltf'

export interface Validation {
  errors: number
  warnings: number
  messages: ValidationMessage[]
}

export async function validateGlb(bytes: Uint8Array): Promise<Validation> {
  const r = await validateBytes(bytes, { maxIssues: 50, format: 'glb' })
  return {
    errors: r.issues.numErrors,
    warnings: r.issues.numWarnings,
    messages: r.issues.messages.filter((m) => m.severity <= 1),
  }
}

export async function uncompressed(bytes: Uint8Array): Promise<Uint8Array> {
  const nodeIO = await io()
  const doc = await nodeIO.readBinary(bytes)
  for (const ext of doc.getRoot().listExtensionsUsed()) {
    if (ext.extensionName === EXTMeshoptCompression.EXTENSION_NAME) ext.dispose()
  }
  return nodeIO.writeBinary(doc)
}
