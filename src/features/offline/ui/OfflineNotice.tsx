/**
 * What the offline copy has to say: "A new version is ready" with *Use it now*, which is the
 * only thing that reloads the page, and a close button; and, once, quietly (to a screen reader
 * only), that the app was stored on this device. In a teaching session's windows it says
 * nothing (they do not register the worker either: register.ts): a reload there would break the
 * lecture, so they run the new version the next time they are opened.
 *
 * `data-offline` (pending, ready, unavailable) and `data-update` (none, waiting) tell tests and
 * embedding pages what the copy is doing.
 */
import { useWalkthrough } from '../../../state/store'
import { CloseIcon, InfoIcon } from '../../../ui/icons'
import { useText } from '../../../ui/useText'
import { useOffline } from '../offline-store'

export function OfflineNotice() {
  const text = useText().offline
  const status = useOffline((s) => s.status)
  const justStored = useOffline((s) => s.justStored)
  const applyUpdate = useOffline((s) => s.applyUpdate)
  const updateDismissed = useOffline((s) => s.updateDismissed)
  const dismissUpdate = useOffline((s) => s.dismissUpdate)
  const teaching = useWalkthrough((s) => s.view !== 'walkthrough')
  const offerUpdate = applyUpdate !== null && !updateDismissed && !teaching
  return (
    <div className="notice-region" role="status" data-offline={status} data-update={applyUpdate ? 'waiting' : 'none'}>
      {offerUpdate && (
        <div className="notice" data-notice="update">
          <InfoIcon />
          <p>
            {text.updateAvailable}{' '}
            <button type="button" className="notice-action" onClick={applyUpdate}>
              {text.useUpdate}
            </button>
          </p>
          <button type="button" className="icon-button" aria-label={text.dismissUpdate} onClick={dismissUpdate}>
            <CloseIcon />
          </button>
        </div>
      )}
      {justStored && status === 'ready' && !teaching && <p className="visually-hidden">{text.offlineReady}</p>}
    </div>
  )
}
