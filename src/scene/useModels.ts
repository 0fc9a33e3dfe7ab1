/**
 * Loads the model files: the first view's first (`hip.glb`, and `soft-tissue.glb` when that view
 * shows muscle or skin: `firstViewFiles`), the others once the first view has
 * been drawn (their parsing would otherwise hold the first frame back), and the comparison's
 * total hip only once the comparison is opened, and the inside of the bone only once the X-ray
 * or the cut is (then each stays). Progress is measured in bytes
 * against the sizes the manifest records, over the files wanted. A failed file can be retried
 * without reloading the ones already in.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { ALL_MODEL_FILES, COMPARISON_FILES, INTERIOR_FILES, MODEL_FILES, type AnyModelFile, type ModelFile, type Part } from '../../models/contract'
import { manifest } from './manifest'
import { loadModelFile, type PartObjects } from './model-loader'

const expectedBytes = (file: AnyModelFile) => manifest.files.find((f) => f.file === file)?.bytes ?? 1

export interface ModelsState {
  parts: PartObjects | null
  /** 0..1 over all files. */
  progress: number
  firstReady: boolean
  error: string | null
}

export function useModels(
  attempt: number,
  firstViewFiles: readonly ModelFile[],
  firstViewDrawn: boolean,
  comparisonWanted: boolean,
  interiorWanted: boolean,
): ModelsState {
  const [loaded, setLoaded] = useState<Partial<Record<AnyModelFile, PartObjects>>>({})
  const [bytes, setBytes] = useState<Partial<Record<AnyModelFile, number>>>({})
  const [error, setError] = useState<string | null>(null)
  const loadedRef = useRef(loaded)
  useEffect(() => {
    loadedRef.current = loaded
  }, [loaded])

  const firstLoaded = firstViewFiles.every((file) => loaded[file] !== undefined)
  // Once asked for, the comparison's file stays wanted: closing the comparison keeps it.
  const [comparisonOnce, setComparisonOnce] = useState(comparisonWanted)
  if (comparisonWanted && !comparisonOnce) setComparisonOnce(true)
  const [interiorOnce, setInteriorOnce] = useState(interiorWanted)
  if (interiorWanted && !interiorOnce) setInteriorOnce(true)
  const counted = useMemo<readonly AnyModelFile[]>(
    () => [...MODEL_FILES, ...(comparisonOnce ? COMPARISON_FILES : []), ...(interiorOnce ? INTERIOR_FILES : [])],
    [comparisonOnce, interiorOnce],
  )
  const wanted = useMemo<readonly AnyModelFile[]>(
    () => (!firstLoaded || !firstViewDrawn ? firstViewFiles : counted),
    [firstLoaded, firstViewDrawn, firstViewFiles, counted],
  )

  useEffect(() => {
    let cancelled = false
    const load = async (file: AnyModelFile) => {
      if (loadedRef.current[file]) return
      const parts = await loadModelFile(file, (b) => {
        if (!cancelled) setBytes((prev) => ({ ...prev, [file]: Math.min(b, expectedBytes(file)) }))
      })
      if (cancelled) return
      setBytes((prev) => ({ ...prev, [file]: expectedBytes(file) }))
      setLoaded((prev) => ({ ...prev, [file]: parts }))
    }
    const run = async () => {
      setError(null)
      try {
        await Promise.all(wanted.map(load))
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e))
      }
    }
    void run()
    return () => {
      cancelled = true
    }
  }, [attempt, wanted])

  const parts = useMemo(() => {
    if (!firstLoaded) return null
    const merged: PartObjects = new Map()
    for (const file of ALL_MODEL_FILES) for (const [part, object] of loaded[file] ?? new Map<Part, never>()) merged.set(part, object)
    return merged
  }, [loaded, firstLoaded])

  const total = counted.reduce((s, f) => s + expectedBytes(f), 0)
  const done = counted.reduce((s, f) => s + (bytes[f] ?? 0), 0)
  return { parts, progress: Math.min(1, done / total), firstReady: parts !== null, error }
}
