/**
 * In each bone-preparation step: what a total hip replacement does instead (both registers),
 * how much bone the resurfacing has taken so far against what a total hip takes (measured from
 * the models), and a link to the comparison view that shows it.
 */
import { PREPARATION_STEP_VIEWS, isPreparationStep } from '../../../content/compare'
import { steps } from '../../../content/steps'
import { useWalkthrough } from '../../../state/store'
import { followInApp } from '../../../ui/links'
import { PassageText } from '../../../ui/pages/PassageText'
import { fill, useText } from '../../../ui/useText'
import { useLinkTo } from '../../../ui/links'
import { cm3, femurRemovedBy, socketRemovedBy } from '../bone-removed'
import { boneVolumes } from './bone-volumes'
import './compare.css'

export function StepCompareNote() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const linkTo = useLinkTo()
  const openCompare = useWalkthrough((s) => s.openCompare)
  const text = useText().compare
  if (!isPreparationStep(stepId)) return null
  const step = steps.find((s) => s.id === stepId)
  const view = PREPARATION_STEP_VIEWS[stepId]
  const note = text.stepNotes[stepId][audience]
  const thr = boneVolumes.comparison.boneRemovedMm3.thr
  const femurSoFar = step ? femurRemovedBy(step.femurStage, boneVolumes) : 0
  const socketSoFar = step ? socketRemovedBy(step.acetabulumStage, boneVolumes) : 0
  // The femoral chapter counts the thigh bone (from none at the guide pin); the socket's steps the socket, once reamed.
  const soFar =
    step?.chapter === 'femoral-head'
      ? fill(text.removedFemurSoFar, { value: cm3(femurSoFar), thr: cm3(thr.femur) })
      : socketSoFar > 0
        ? fill(text.removedSocketSoFar, { value: cm3(socketSoFar), thr: cm3(thr.socket) })
        : null
  return (
    <aside className="step-compare" aria-labelledby="step-compare-heading">
      <h3 id="step-compare-heading" className="panel-heading">
        {text.stepNoteHeading}
      </h3>
      <p>
        <PassageText passage={note} />
      </p>
      {soFar && <p className="step-compare__so-far">{soFar}</p>}
      <a
        className="step-compare__link"
        href={linkTo({ stepId, audience, compare: view })}
        onClick={(e) => followInApp(e, () => openCompare(view))}
      >
        {text.seeIt}
      </a>
    </aside>
  )
}
