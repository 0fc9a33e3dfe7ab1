/**
 * Every technical word the walkthrough uses, in Spanish (es-419): the term as it appears in the
 * text (./terminology.ts), and its meaning in plain words. Step and page text links here
 * with `{{id}}` or `{{id|shown words}}`; the glossary page gives each entry the anchor
 * `term-<id>`. The ids are the keys every language must give.
 */
import type { GlossaryEntry } from '../types'
import type { GlossaryId } from '../en/glossary'

export const glossary: Readonly<Record<GlossaryId, GlossaryEntry>> = {
  'hip-resurfacing': {
    term: 'recubrimiento de cadera',
    definition:
      'Una operación que conserva la bola del hueso del muslo. Se da forma a las superficies gastadas, un casquete cubre la bola y una copa delgada recubre la cavidad de la cadera.',
  },
  'total-hip-replacement': {
    term: 'reemplazo total de cadera',
    definition:
      'La operación de cadera más común. Se quita la bola del hueso del muslo y se pone una bola nueva sobre un vástago que entra dentro del hueso.',
  },
  femur: { term: 'fémur', definition: 'El hueso del muslo. Es el hueso largo que va de la cadera a la rodilla.' },
  'femoral-head': { term: 'cabeza femoral', definition: 'La bola redonda de la parte de arriba del hueso del muslo. Encaja en la cavidad de la cadera.' },
  'femoral-neck': { term: 'cuello femoral', definition: 'La parte corta y angosta del hueso del muslo, justo debajo de la bola.' },
  'greater-trochanter': {
    term: 'trocánter mayor',
    definition: 'El bulto de hueso en el lado de afuera de la cadera, justo debajo de la articulación. Se puede tocar bajo la piel.',
  },
  pelvis: { term: 'pelvis', definition: 'El anillo de huesos en la base de la columna. Las cavidades de la cadera son parte de ella.' },
  acetabulum: { term: 'acetábulo', definition: 'La cavidad de la cadera: la parte de la pelvis con forma de copa donde encaja la bola del hueso del muslo.' },
  psis: {
    term: 'espina ilíaca posterosuperior',
    definition: 'Una punta de hueso atrás de la pelvis, cerca del hoyuelo que hay sobre la nalga. Sirve de guía al cirujano.',
  },
  cartilage: {
    term: 'cartílago',
    definition: 'Una capa lisa y resbaladiza que cubre los extremos de los huesos en una articulación. Así se deslizan sin rozarse.',
  },
  arthritis: {
    term: 'artrosis',
    definition: 'Desgaste y daño de una articulación. El cartílago se pone delgado y la articulación puede doler y ponerse rígida.',
  },
  osteophyte: { term: 'osteofito', definition: 'Un pico de hueso: un bulto pequeño de hueso de más que puede crecer en el borde de una articulación gastada.' },
  labrum: { term: 'labrum acetabular', definition: 'Un anillo firme de tejido alrededor del borde de la cavidad de la cadera.' },
  capsule: { term: 'cápsula articular', definition: 'Una bolsa firme de tejido que envuelve la articulación. Ayuda a mantenerla unida.' },
  'fascia-lata': { term: 'fascia lata', definition: 'Una lámina fuerte de tejido en el lado de afuera del muslo, debajo de la piel.' },
  'gluteus-maximus': { term: 'glúteo mayor', definition: 'El músculo grande de la nalga.' },
  'gluteus-medius': { term: 'glúteo medio', definition: 'Un músculo en el lado de afuera de la cadera, por encima de la articulación.' },
  'short-external-rotators': {
    term: 'rotadores externos cortos',
    definition:
      'Músculos pequeños de atrás de la cadera que giran la pierna hacia afuera: el piriforme, el obturador interno y los gemelos, y a veces el cuadrado femoral.',
  },
  piriformis: { term: 'piriforme', definition: 'Uno de los músculos pequeños de atrás de la cadera que giran la pierna hacia afuera.' },
  'quadratus-femoris': { term: 'cuadrado femoral', definition: 'Un músculo pequeño y cuadrado de atrás de la cadera, debajo de los otros músculos que giran la pierna.' },
  'sciatic-nerve': {
    term: 'nervio ciático',
    definition: 'El nervio grande que baja desde atrás de la cadera por la parte de atrás del muslo hasta la pierna.',
  },
  incision: { term: 'incisión', definition: 'El corte que hace el cirujano en la piel para llegar a la articulación.' },
  'posterior-approach': {
    term: 'abordaje posterior',
    definition: 'Llegar a la articulación de la cadera por el costado y por atrás. La mayoría de los cirujanos lo usa para el recubrimiento.',
  },
  dislocation: { term: 'luxación', definition: 'Cuando la bola de la cadera sale de su cavidad.' },
  reduction: { term: 'reducción', definition: 'Volver a poner una articulación en su lugar. Aquí, la bola vuelve a la cavidad.' },
  'sizing-gauge': { term: 'medidor de tamaño', definition: 'Una herramienta para medir. Muestra qué tamaño de casquete le queda bien a la bola y al cuello.' },
  'guide-pin': { term: 'clavo guía', definition: 'Una varilla delgada que se pone a través de la bola del hueso del muslo. Las herramientas se deslizan sobre ella, así cada corte sigue la misma línea.' },
  valgus: {
    term: 'valgo',
    definition: 'Aquí: puesto un poco más vertical que el cuello natural del hueso del muslo. Los cirujanos buscan un valgo leve.',
  },
  varus: { term: 'varo', definition: 'Aquí: más inclinado hacia lo plano que el cuello natural. Los cirujanos lo evitan porque el cuello se puede romper.' },
  notching: {
    term: 'muesca del cuello (notching)',
    definition: 'Un surco pequeño que se corta en el cuello del hueso del muslo, sin querer, al dar forma a la bola. Debilita el cuello.',
  },
  reamer: { term: 'fresa', definition: 'Una herramienta que gira y tiene una superficie que corta. Da al hueso un tamaño exacto.' },
  'sleeve-reamer': { term: 'fresa cilíndrica', definition: 'Una fresa redonda y hueca que se desliza sobre el clavo guía y recorta los lados de la bola.' },
  chamfer: { term: 'chaflán', definition: 'Un borde cortado en diagonal. Aquí, el borde de arriba de la bola ya formada.' },
  'press-fit': {
    term: 'ajuste a presión (press-fit)',
    definition: 'Sujeto porque entra muy justo: la cavidad se fresa un poco más pequeña que la copa, así la copa se agarra al hueso sin cemento.',
  },
  hydroxyapatite: {
    term: 'hidroxiapatita',
    definition: 'Un mineral parecido al del hueso. Como capa sobre un implante, ayuda a que el hueso crezca sobre el implante.',
  },
  cup: { term: 'copa', definition: 'La cubierta delgada que recubre la cavidad de la cadera en el recubrimiento.' },
  'femoral-cap': {
    term: 'casquete femoral',
    definition: 'La pieza redondeada que cubre la bola del hueso del muslo ya formada. Un vástago corto en su centro entra en el cuello.',
  },
  'bone-cement': {
    term: 'cemento óseo',
    definition: 'Un relleno que se endurece. En el recubrimiento, fija el casquete sobre la bola.',
  },
  'cobalt-chrome': { term: 'cromo-cobalto', definition: 'Una mezcla de metales dura que se usa en muchos implantes de articulación, entre ellos el Birmingham Hip Resurfacing.' },
  ceramic: { term: 'cerámica', definition: 'Un material muy duro y liso, que no es metal. Algunos implantes de recubrimiento más nuevos están hechos de él.' },
  'metal-on-metal': {
    term: 'metal sobre metal',
    definition: 'Una articulación en la que una bola de metal se mueve dentro de una copa de metal. Con el uso, se pueden soltar partículas muy pequeñas de metal.',
  },
  pseudotumour: {
    term: 'pseudotumor',
    definition: 'Una reacción de los tejidos blandos de la cadera a las partículas de desgaste de una articulación de metal sobre metal. A pesar del nombre, no es un cáncer.',
  },
  'edge-loading': {
    term: 'carga en el borde',
    definition: 'Cuando la bola apoya sobre el borde de la copa en vez de su centro. Se relaciona con los pseudotumores.',
  },
  inclination: { term: 'inclinación', definition: 'Cuánto se inclina la copa, vista de frente.' },
  anteversion: { term: 'anteversión', definition: 'Cuánto gira la copa o el cuello del hueso del muslo para mirar hacia adelante.' },
  'safe-zone': {
    term: 'zona segura',
    definition: 'Un rango de ángulos de la copa (Lewinnek) que buscan los cirujanos. Viene del reemplazo total de cadera y se discute.',
  },
  revision: { term: 'revisión', definition: 'Una segunda operación para cambiar el implante de una articulación, o una parte de él.' },
  registry: {
    term: 'registro de artroplastias',
    definition: 'Un registro de todo un país con las operaciones de las articulaciones. Muestra cuántas veces un implante necesita una segunda operación.',
  },
  osteoporosis: { term: 'osteoporosis', definition: 'Huesos delgados y débiles que se rompen con más facilidad.' },
  dysplasia: { term: 'displasia de cadera', definition: 'Una cavidad de la cadera poco honda, desde el nacimiento o la niñez.' },
  drain: { term: 'drenaje', definition: 'Un tubo delgado que se deja en la herida por poco tiempo para que salga el líquido.' },
  'weight-bearing': { term: 'carga de peso', definition: 'Cuánto de su peso pone sobre la pierna al estar de pie y al caminar.' },
  // parts of the 3D view a user can touch (src/content/structures.ts)
  'lesser-trochanter': {
    term: 'trocánter menor',
    definition: 'Un bulto pequeño de hueso en la parte de adentro y de atrás del hueso del muslo, justo debajo del cuello.',
  },
  'obturator-foramen': {
    term: 'agujero obturador',
    definition: 'Una abertura grande en el hueso de la pelvis, debajo y adelante de la cavidad de la cadera.',
  },
  skin: { term: 'piel', definition: 'La cubierta de afuera del cuerpo. El cirujano la corta para llegar a la cadera.' },
  scalpel: { term: 'bisturí', definition: 'Un cuchillo pequeño y muy afilado que usan los cirujanos para cortar la piel y los tejidos.' },
  'acetabular-reamer': {
    term: 'fresa acetabular',
    definition: 'Una fresa que gira, con forma de media bola. Da forma a la cavidad de la cadera para que entre la copa.',
  },
  'cup-impactor': { term: 'impactor de la copa', definition: 'Un mango que sostiene la copa. El cirujano lo golpea con suavidad para meter la copa firme en la cavidad.' },
  'plane-cutter': { term: 'fresa de corte plano', definition: 'Una fresa que hace un corte plano en la parte de arriba de la bola, para que el casquete quede a la altura justa.' },
  'chamfer-reamer': { term: 'fresa de chaflán', definition: 'Una fresa que hace el borde en diagonal de la parte de arriba de la bola ya formada.' },
  'stem-drill': { term: 'broca del vástago', definition: 'Una broca que hace el orificio para el vástago corto del casquete, por el centro de la bola.' },
  'thr-stem': {
    term: 'vástago (reemplazo total)',
    definition: 'La varilla de metal de un reemplazo total de cadera. Va en el centro hueco del hueso del muslo, fijada con cemento o porque entra muy justa.',
  },
  'thr-ball': { term: 'bola (reemplazo total)', definition: 'La bola nueva y pequeña que va arriba del vástago en un reemplazo total. Es de metal o de cerámica.' },
  'thr-cup': { term: 'copa (reemplazo total)', definition: 'La cubierta que recubre la cavidad de la cadera en un reemplazo total. Dentro de ella va un inserto.' },
  'thr-liner': {
    term: 'inserto',
    definition: 'La capa de adentro de la copa en un reemplazo total, donde se mueve la bola. Es de plástico, de cerámica o de metal.',
  },
  'removed-bone': { term: 'hueso que se quita', definition: 'El hueso que el cirujano saca para hacer espacio a las piezas nuevas.' },
}
