/**
 * The Spanish terms the pack uses, one choice per idea, so a patient meets the same word on every
 * step, page and label (FACTS.md section 12: a glossary of terms is part of a good translation).
 * Neutral Latin American Spanish (es-419), "usted" throughout. `patient` is the plain word the
 * patient register leads with; `student` the technical one. `avoid` lists variants that must not
 * appear anywhere in the Spanish pack (tests/unit/spanish.test.ts).
 */
export interface Term {
  readonly english: string
  readonly patient: string
  readonly student: string
  readonly avoid: readonly string[]
}

export const TERMS: readonly Term[] = [
  { english: 'hip resurfacing', patient: 'recubrimiento de cadera', student: 'artroplastia de superficie de cadera (resurfacing)', avoid: ['rehabilitación de superficie', 'resuperficialización'] },
  { english: 'total hip replacement', patient: 'reemplazo total de cadera', student: 'artroplastia total de cadera', avoid: ['sustitución total de cadera', 'recambio total de cadera'] },
  { english: 'thigh bone / femur', patient: 'hueso del muslo (fémur)', student: 'fémur', avoid: [] },
  { english: 'ball of the hip / femoral head', patient: 'la bola de la cadera (cabeza del fémur)', student: 'cabeza femoral', avoid: ['esfera de la cadera'] },
  { english: 'femoral neck', patient: 'cuello del fémur', student: 'cuello femoral', avoid: [] },
  { english: 'socket / acetabulum', patient: 'cavidad de la cadera (acetábulo)', student: 'acetábulo', avoid: ['cotilo', 'cótilo', 'cavidad cotiloidea'] },
  { english: 'cap (femoral component)', patient: 'casquete', student: 'casquete femoral (componente femoral)', avoid: ['capuchón', 'tapa metálica'] },
  { english: 'cup (acetabular component)', patient: 'copa', student: 'copa acetabular (componente acetabular)', avoid: ['cúpula'] },
  { english: 'cartilage', patient: 'cartílago', student: 'cartílago articular', avoid: [] },
  { english: 'joint capsule', patient: 'cápsula de la articulación', student: 'cápsula articular', avoid: [] },
  { english: 'osteoarthritis', patient: 'artrosis', student: 'artrosis (osteoartritis)', avoid: ['osteoartrosis'] },
  { english: 'osteophyte', patient: 'picos de hueso (osteofitos)', student: 'osteofitos', avoid: ['espolones'] },
  { english: 'sciatic nerve', patient: 'nervio ciático', student: 'nervio ciático', avoid: [] },
  { english: 'gluteus maximus', patient: 'glúteo mayor', student: 'glúteo mayor', avoid: ['glúteo máximo'] },
  { english: 'short external rotators', patient: 'músculos cortos de la parte de atrás de la cadera', student: 'rotadores externos cortos', avoid: [] },
  { english: 'reamer / reaming', patient: 'fresa / fresar', student: 'fresa / fresado', avoid: ['escariador', 'escariado'] },
  { english: 'guide pin', patient: 'clavo guía', student: 'clavo guía', avoid: ['aguja guía', 'pin guía'] },
  { english: 'bone cement', patient: 'cemento para hueso', student: 'cemento óseo', avoid: [] },
  { english: 'dislocation', patient: 'sacar la bola de la cavidad', student: 'luxación', avoid: [] },
  { english: 'incision', patient: 'corte en la piel (incisión)', student: 'incisión', avoid: [] },
  { english: 'surgeon', patient: 'su cirujano', student: 'cirujano', avoid: [] },
  { english: 'physiotherapy', patient: 'fisioterapia', student: 'fisioterapia', avoid: ['terapia física'] },
  { english: 'crutches', patient: 'muletas', student: 'muletas', avoid: [] },
  { english: 'metal-on-metal', patient: 'metal sobre metal', student: 'par metal-metal', avoid: ['metal con metal'] },
  // How the pack says that a claim has no source in FACTS.md (the tests look for it, as for "commonly described" in English).
  { english: 'commonly described', patient: 'se describe habitualmente', student: 'se describe habitualmente', avoid: [] },
  { english: 'blood clot', patient: 'coágulo de sangre', student: 'trombosis venosa', avoid: [] },
  // Used by the decision aid, the comparison and the X-ray (translators' notes, issue 13).
  { english: 'stem (of a total hip)', patient: 'vástago', student: 'vástago femoral', avoid: [] },
  { english: 'liner', patient: 'forro', student: 'inserto', avoid: [] },
  { english: 'joint registry', patient: 'registros de prótesis', student: 'registros de artroplastias', avoid: [] },
  { english: 'press-fit', patient: 'ajuste a presión', student: 'ajuste a presión (press-fit)', avoid: [] },
  { english: 'templating', patient: 'planificar con plantilla', student: 'planificación con plantilla', avoid: [] },
  { english: 'neck-shaft angle', patient: 'ángulo del cuello', student: 'ángulo cervicodiafisario', avoid: [] },
  { english: 'notching (of the neck)', patient: 'muesca', student: 'muesca (notching)', avoid: [] },
]
