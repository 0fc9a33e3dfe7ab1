/** "Patient" / "Student": a native radio group, so arrow keys and screen readers work as people expect. */
import { memo, useId } from 'react'
import { AUDIENCES, useWalkthrough, type Audience } from '../state/store'
import { useText } from './useText'
import type { UiKey } from '../content/i18n/en/ui'

const NAMES: Record<Audience, UiKey> = { patient: 'audiencePatient', student: 'audienceStudent' }

/** Memoised: the header around it re-renders on every step (its page links carry the step). */
/** `label` names the group where it means more than "Audience" (the presenter: the room's register). */
export const AudienceSwitch = memo(function AudienceSwitch({ label }: { label?: string }) {
  const audience = useWalkthrough((s) => s.audience)
  const setAudience = useWalkthrough((s) => s.setAudience)
  const text = useText()
  const labelId = useId()
  return (
    <div className="audience" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="audience-label">{label ?? text.ui.audience}</span>
      <div className="segmented">
        {AUDIENCES.map((a) => (
          <label key={a} className="segment">
            <input type="radio" name="audience" value={a} checked={audience === a} onChange={() => setAudience(a)} />
            <span>{text.ui[NAMES[a]]}</span>
          </label>
        ))}
      </div>
    </div>
  )
})
