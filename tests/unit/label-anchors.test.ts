/**
 * Every step's labels and camera target point at landmarks the generated manifest really has,
 * and the manifest is what the app reads it as (validated here, so zod stays out of the app).
 * Also checks each step's camera frames its target from outside the hip, with its labels'
 * points in front of the camera.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifestSchema, type Manifest } from '../../models/manifest-schema'
import { steps } from '../../src/content/steps'
import { poseToLookAt } from '../../src/lib/camera-pose'
import { landmarkAtPose } from '../../src/lib/scene-plan'

const manifestPath = new URL('../../models/manifest.json', import.meta.url)
const manifest: Manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')))
const points = manifest.landmarks.points

describe('label anchors and camera targets exist in models/manifest.json', () => {
  it.each(steps.map((s) => [s.id, s]))('%s', (_id, step) => {
    expect(points[step.camera.target], `camera target ${step.camera.target}`).toBeDefined()
    for (const label of step.labels) expect(points[label.anchor], `label ${label.term} at ${label.anchor}`).toBeDefined()
  })

  it('labels of one step never share an anchor (two labels on one point would collide)', () => {
    for (const step of steps) {
      const anchors = step.labels.map((l) => l.anchor)
      expect(new Set(anchors).size, step.id).toBe(anchors.length)
    }
  })

  it('the instruments, implants and the incision the scene moves along are there', () => {
    expect(manifest.landmarks.polylines['incision-line']?.length ?? 0).toBeGreaterThan(1)
    for (const spec of Object.values(manifest.instruments)) expect(Math.hypot(...spec.axis)).toBeCloseTo(1, 3)
    expect(Math.hypot(...manifest.implants.cupWithdrawAxis)).toBeCloseTo(1, 3)
    expect(Math.hypot(...manifest.implants.capWithdrawAxis)).toBeCloseTo(1, 3)
  })
})

describe('camera poses', () => {
  it.each(steps.map((s) => [s.id, s]))('%s looks at its target from outside the hip, with every labelled point ahead', (_id, step) => {
    const target = landmarkAtPose(step.camera.target, points, step.femurPose)!
    const { position } = poseToLookAt(step.camera, { [step.camera.target]: target })
    const forward = target.map((v, i) => v - position[i]!)
    const length = Math.hypot(...forward)
    for (const label of step.labels) {
      const p = landmarkAtPose(label.anchor, points, step.femurPose)!
      const toPoint = p.map((v, i) => v - position[i]!)
      const along = toPoint.reduce((s, v, i) => s + v * forward[i]!, 0) / length
      // Each point is in front of the camera and within a 30 deg vertical field (with margin).
      expect(along, `${label.anchor} is behind the camera`).toBeGreaterThan(0.05)
      const side = Math.sqrt(Math.max(0, toPoint.reduce((s, v) => s + v * v, 0) - along * along))
      expect(side / along, `${label.anchor} is far outside the view`).toBeLessThan(Math.tan((26 * Math.PI) / 180))
    }
  })
})
