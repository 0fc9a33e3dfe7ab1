/**
 * Words for what the scene labels, for patients and for students ("thigh bone" / "femur").
 * No label says "metal": some caps and cups are ceramic (FACTS.md section 1).
 */
import type { LabelTerm } from '../../label-terms'
import type { LabelText } from '../types'

export const labels: Record<LabelTerm, LabelText> = {
  femur: { patient: 'Thigh bone', student: 'Femur' },
  'femoral-head': { patient: 'Ball of the hip', student: 'Femoral head' },
  'femoral-neck': { patient: 'Neck of the thigh bone', student: 'Femoral neck' },
  'greater-trochanter': { patient: 'Bony point of the hip', student: 'Greater trochanter' },
  'lesser-trochanter': { patient: 'Small bony bump', student: 'Lesser trochanter' },
  pelvis: { patient: 'Pelvis', student: 'Hemipelvis' },
  acetabulum: { patient: 'Hip socket', student: 'Acetabulum' },
  'obturator-foramen': { patient: 'Opening in the pelvis', student: 'Obturator foramen' },
  cartilage: { patient: 'Cartilage', student: 'Articular cartilage' },
  'worn-cartilage': { patient: 'Worn cartilage', student: 'Thinned articular cartilage' },
  osteophytes: { patient: 'Bone spurs', student: 'Osteophytes' },
  labrum: { patient: 'Rim of the socket', student: 'Acetabular labrum' },
  capsule: { patient: 'Joint capsule', student: 'Joint capsule' },
  'gluteus-maximus': { patient: 'Buttock muscle', student: 'Gluteus maximus' },
  'gluteus-medius': { patient: 'Side hip muscle', student: 'Gluteus medius' },
  piriformis: { patient: 'Piriformis muscle', student: 'Piriformis' },
  'short-rotators': { patient: 'Small turning muscles', student: 'Short external rotators' },
  'quadratus-femoris': { patient: 'Square thigh muscle', student: 'Quadratus femoris' },
  'sciatic-nerve': { patient: 'Sciatic nerve', student: 'Sciatic nerve' },
  'skin-incision': { patient: 'Cut in the skin', student: 'Posterolateral incision' },
  psis: { patient: 'Back of the pelvis', student: 'Posterior superior iliac spine' },
  'sizing-gauge': { patient: 'Measuring gauge', student: 'Neck sizing gauge' },
  'guide-pin': { patient: 'Guide pin', student: 'Guide pin' },
  'acetabular-reamer': { patient: 'Socket shaper', student: 'Hemispherical acetabular reamer' },
  cup: { patient: 'Socket cup', student: 'Acetabular cup (press-fit)' },
  'cup-impactor': { patient: 'Cup inserter', student: 'Cup impactor' },
  'sleeve-reamer': { patient: 'Hollow round cutter', student: 'Cylindrical sleeve reamer' },
  'plane-cut': { patient: 'Flat top', student: 'Plane cut' },
  chamfer: { patient: 'Slanted edge', student: 'Chamfer cut' },
  'stem-hole': { patient: 'Hole for the stem', student: 'Stem hole' },
  'femoral-cap': { patient: 'Cap on the ball', student: 'Femoral component (cemented cap)' },
  cement: { patient: 'Bone cement', student: 'Low-viscosity cement' },
  'thr-ball': { patient: 'New ball (total hip)', student: 'THR femoral head (ball)' },
  'thr-cup': { patient: 'New socket (total hip)', student: 'THR cup and liner' },
  'thr-stem': { patient: 'Stem inside the thigh bone', student: 'Femoral stem in the canal' },
  'thr-stem-tip': { patient: 'End of the stem', student: 'Stem tip' },
  'neck-cut': { patient: 'Neck cut away', student: 'Neck osteotomy' },
  'removed-femur': { patient: 'Thigh bone taken away', student: 'Femoral bone removed' },
  'removed-socket': { patient: 'Socket bone taken away', student: 'Acetabular bone removed' },
}
