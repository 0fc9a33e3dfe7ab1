/**
 * The nine instruments. Each is built in its own frame with the working tip at the origin and
 * the shaft along local +Y (away from the tip), then given a working pose: femoral
 * instruments where they stop on the head with the femur in its neutral pose (the app moves
 * them with the femur), pelvic ones seated in the socket, the scalpel on the incision.
 */
import type { Instrument } from '../contract'
import { api, type Manifold } from './mesh'
import { arc, box, cylinderY, revolveY, unionAll } from './machined'
import { cupFrame, pinFrame, prepared } from './preparation'
import { type Frame, type V3, frameFromY, madd } from './vec'

export interface InstrumentBuild {
  name: Instrument
  /** Solid in local coordinates (tip at origin, +Y toward the handle), millimetres. */
  local: Manifold
  /** Working pose: origin = tip, y = axis (tip toward handle). */
  pose: Frame
  strokeMm: number
  spins: boolean
  description: string
}

const CLEAR = 0.05
const pinRadius = 1.6
const cannula = pinRadius + 0.15

/** Along the pin axis from the head centre, s mm. */
const onPin = (s: number): V3 => madd(pinFrame.origin, pinFrame.y, s)
const onCup = (s: number): V3 => madd(cupFrame.origin, cupFrame.y, s)
const poseOnPin = (s: number): Frame => frameFromY(onPin(s), pinFrame.y, pinFrame.x)
const poseOnCup = (s: number): Frame => frameFromY(onCup(s), cupFrame.y, cupFrame.x)

function teeth(rInner: number, rOuter: number, count: number, depth: number): Manifold {
  const { Manifold } = api()
  const cuts: Manifold[] = []
  for (let i = 0; i < count; i++) {
    const b = box([rInner - 1, -1, -1.2], [rOuter + 1, depth, 1.2])
    cuts.push(b.rotate([0, (360 * i) / count, 0]))
    b.delete()
  }
  const u = Manifold.union(cuts)
  for (const c of cuts) c.delete()
  return u
}

function withTeeth(body: Manifold, rInner: number, rOuter: number): Manifold {
  const t = teeth(rInner, rOuter, 12, 2.5)
  const out = body.subtract(t)
  body.delete()
  t.delete()
  return out
}

function guidePin(): Manifold {
  return revolveY(
    [
      [0, 0],
      [pinRadius, 4],
      [pinRadius, 150],
      [0, 150],
    ],
    16,
  )
}

function sizingGauge(): Manifold {
  const ringInner = prepared.boreRadius
  const ring = revolveY([
    [ringInner, -2.5],
    [ringInner + 3.5, -2.5],
    [ringInner + 3.5, 2.5],
    [ringInner, 2.5],
  ])
  const arm = box([ringInner + 2, -2.5, -3], [ringInner + 8, 2.5, 3])
  const handle = cylinderY(3.5, 0, 140, 16).translate([ringInner + 6, 0, 0])
  return unionAll([ring, arm, handle])
}

function sleeveReamer(): Manifold {
  const r = prepared.boreRadius + CLEAR
  const body = revolveY([
    [r, 0],
    [r + 4, 0],
    [r + 4, 52],
    [6, 52],
    [6, 190],
    [cannula, 190],
    [cannula, 46],
    [r, 46],
  ])
  return withTeeth(body, r, r + 4)
}

function planeCutter(): Manifold {
  const body = revolveY([
    [cannula, CLEAR],
    [prepared.capOuter + 2, CLEAR],
    [prepared.capOuter + 2, 8],
    [6, 8],
    [6, 170],
    [cannula, 170],
  ])
  return body
}

function chamferReamer(): Manifold {
  // The cutting cone matches the bone chamfer; local y = s - planeHeight.
  const p = prepared
  const k = p.boneChamferK + CLEAR * Math.SQRT2
  const yFoot = -16
  const inner = (y: number): number => k - p.planeHeight - y
  const body = revolveY([
    [inner(yFoot), yFoot],
    [p.capOuter + 2, yFoot],
    [p.capOuter + 2, 7],
    [6, 7],
    [6, 170],
    [cannula, 170],
    [cannula, CLEAR],
    [inner(CLEAR), CLEAR],
  ])
  return withTeeth(body, inner(yFoot) - 1, p.capOuter + 2).translate([0, 0, 0])
}

function stemDrill(): Manifold {
  const r = prepared.holeRadius - CLEAR
  const depth = prepared.planeHeight - prepared.holeDepth
  return revolveY(
    [
      [0, 0],
      [r, 2],
      [r, depth + 1],
      [8, depth + 1],
      [8, depth + 6],
      [4, depth + 6],
      [4, depth + 150],
      [0, depth + 150],
    ],
    32,
  )
}

function acetabularReamer(): Manifold {
  // A little more clearance than elsewhere: both spheres are faceted, differently.
  const r = prepared.reamRadius - 0.12
  // Dome with its pole at the tip; cutting windows as slots through the shell.
  const dome = revolveY([...arc(r, -90, 0, 20, r), [r, r + 2], [r - 3, r + 2], ...arc(r - 3, 0, -90, 20, r)])
  const slots: Manifold[] = []
  for (let i = 0; i < 6; i++) {
    const s = box([-2, 6.3, r - 8.3], [2, r - 2.3, r + 4]).rotate([0, 60 * i + 30, 0])
    slots.push(s)
  }
  const cut = unionAll(slots)
  const domeCut = dome.subtract(cut)
  dome.delete()
  cut.delete()
  const bar = box([-r + 3.5, r + 1, -3], [r - 3.5, r + 4, 3])
  const shaft = cylinderY(6, r, r + 230, 24)
  const grip = cylinderY(13, r + 190, r + 230, 24)
  return unionAll([domeCut, bar, shaft, grip])
}

function cupImpactor(): Manifold {
  const r = prepared.cupInner - 0.2
  const head = revolveY([...arc(r, -90, 0, 16, r), [r, r + 4], [8, r + 10], [0, r + 10]])
  const shaft = cylinderY(7, r + 8, r + 240, 24)
  const plate = cylinderY(22, r + 240, r + 248, 48)
  return unionAll([head, shaft, plate])
}

function scalpel(): Manifold {
  const { CrossSection } = api()
  // Blade in the local XY plane: tip at the origin, cutting edge on the -X side (toward the skin).
  const bladeShape = new CrossSection([
    [
      [0, 0],
      [2.5, 12],
      [3, 30],
      [-3, 30],
      [-5, 16],
      [-4.5, 6],
    ],
  ])
  const blade = bladeShape.extrude(0.6).translate([0, 0, -0.3])
  bladeShape.delete()
  const handle = box([-4.5, 30, -1.4], [4.5, 120, 1.4])
  return unionAll([blade, handle])
}

export interface ScalpelPose {
  tip: V3
  axis: V3
  /** Outward skin normal at the tip: the blade's spine points this way. */
  outward: V3
}

export function buildInstruments(scalpelPose: ScalpelPose): InstrumentBuild[] {
  const p = prepared
  return [
    {
      name: 'scalpel',
      local: scalpel(),
      pose: frameFromY(scalpelPose.tip, scalpelPose.axis, scalpelPose.outward),
      strokeMm: 12,
      spins: false,
      description: 'Scalpel at the middle of the incision line; its tip touches the skin.',
    },
    {
      name: 'sizing-gauge',
      local: sizingGauge(),
      pose: poseOnPin(-16),
      strokeMm: 45,
      spins: false,
      description:
        'Neck sizing gauge: a ring of the prepared-head diameter around the head-neck junction, centred on the guide-pin axis; it must pass without touching the neck.',
    },
    {
      name: 'guide-pin',
      local: guidePin(),
      pose: poseOnPin(-45),
      strokeMm: 70,
      spins: true,
      description: 'Guide pin drilled along the guide-pin axis (relative valgus) through the head into the neck; tip at its deepest point.',
    },
    {
      name: 'sleeve-reamer',
      local: sleeveReamer(),
      pose: poseOnPin(p.sleeveDepth),
      strokeMm: 35,
      spins: true,
      description: 'Cannulated cylindrical (sleeve) reamer over the guide pin; tip = centre of its cutting teeth at the end of the cut.',
    },
    {
      name: 'plane-cutter',
      local: planeCutter(),
      pose: poseOnPin(p.planeHeight),
      strokeMm: 20,
      spins: true,
      description: 'Plane cutter over the guide pin; tip = centre of its cutting face, on the flat top of the prepared head.',
    },
    {
      name: 'chamfer-reamer',
      local: chamferReamer(),
      pose: poseOnPin(p.planeHeight),
      strokeMm: 20,
      spins: true,
      description: 'Chamfer reamer over the guide pin; tip = centre of its inner face, resting on the flat top of the prepared head.',
    },
    {
      name: 'stem-drill',
      local: stemDrill(),
      pose: poseOnPin(p.holeDepth),
      strokeMm: 45,
      spins: true,
      description: 'Stem drill along the guide-pin axis (pin removed); tip at the bottom of the stem hole, its stop collar on the flat top.',
    },
    {
      name: 'acetabular-reamer',
      local: acetabularReamer(),
      pose: poseOnCup(-p.reamRadius),
      strokeMm: 40,
      spins: true,
      description: 'Hemispherical acetabular reamer of the final size, seated; tip = pole of the dome, axis = acetabular axis.',
    },
    {
      name: 'cup-impactor',
      local: cupImpactor(),
      pose: poseOnCup(-(p.cupInner - 0.2)),
      strokeMm: 50,
      spins: false,
      description: 'Cup impactor whose head sits inside the seated cup; tip = pole of the head, axis = acetabular axis.',
    },
  ]
}
