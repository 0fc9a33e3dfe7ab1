/**
 * Beside the 3D view while the comparison is open (in place of the step's text): what this
 * view shows in the reader's register, the bone each operation removes (measured from the
 * models, beside the study's weights), and the way back to the step.
 */
import { useId } from 'react'
import { SAWBONES_STUDY_G } from '../../../content/compare'
import { useWalkthrough } from '../../../state/store'
import { Paragraphs } from '../../../ui/pages/PassageText'
import { SourceMarks } from '../../../ui/pages/SourceMarks'
import { fill, useText } from '../../../ui/useText'
import { cm3 } from '../bone-removed'
import { boneVolumes } from './bone-volumes'
import './compare.css'

export function ComparePanel() {
  const compare = useWalkthrough((s) => s.compare)
  const audience = useWalkthrough((s) => s.audience)
  const text = useText().compare
  if (compare === null) return null
  const view = text.views[compare]
  return (
    <article className="step-panel compare-panel" aria-labelledby="compare-title">
      <p className="step-kicker">{text.title}</p>
      <h2 id="compare-title" className="step-title">
        {view.name}
      </h2>
      <div className="step-text" data-audience={audience}>
        <Paragraphs passages={view[audience]} />
      </div>
      <BoneRemovedTable />
    </article>
  )
}

function BoneRemovedTable() {
  const audience = useWalkthrough((s) => s.audience)
  const { bone } = useText().compare
  const captionId = useId()
  const measured = boneVolumes.comparison.boneRemovedMm3
  const rows = [
    { name: bone.femur, model: [measured.resurfacing.femur, measured.thr.femur], study: SAWBONES_STUDY_G.femur },
    { name: bone.socket, model: [measured.resurfacing.socket, measured.thr.socket], study: SAWBONES_STUDY_G.socket },
  ] as const
  return (
    <section className="compare-bone" aria-labelledby={captionId}>
      <h3 id={captionId} className="panel-heading">
        {bone.heading}
      </h3>
      <div className="compare-bone__wrap" role="region" aria-label={bone.caption} tabIndex={0}>
        <table className="compare-bone__table">
          <thead>
            <tr>
              <td />
              <th scope="col">{bone.columns[0]}</th>
              <th scope="col">{bone.columns[1]}</th>
            </tr>
          </thead>
          {rows.map((row) => (
            <tbody key={row.name}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="compare-bone__group">
                  {row.name}
                </th>
              </tr>
              <tr>
                <th scope="row">{bone.modelRow}</th>
                <td data-measure="model">{fill(bone.cm3, { value: cm3(row.model[0]) })}</td>
                <td data-measure="model">{fill(bone.cm3, { value: cm3(row.model[1]) })}</td>
              </tr>
              <tr>
                <th scope="row">
                  {bone.studyRow}
                  {audience === 'student' && <SourceMarks sources={SAWBONES_STUDY_G.sources} />}
                </th>
                <td>{fill(bone.grams, { value: row.study.resurfacing })}</td>
                <td>{fill(bone.grams, { value: row.study.thr })}</td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      <p className="compare-bone__note">
        {bone.note.text}
        {audience === 'student' && <SourceMarks sources={bone.note.sources} />}
      </p>
    </section>
  )
}
