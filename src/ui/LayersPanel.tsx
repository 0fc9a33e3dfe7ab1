/**
 * Each layer shown, see-through or hidden. What a row shows is the user's choice if they made
 * one, else the current step's default; "Reset layers" drops every choice.
 */
import { LAYERS, type Layer } from '../../models/contract'
import { LAYER_MODES, type LayerMode } from '../content/modes'
import type { UiKey } from '../content/i18n/en/ui'
import { useWalkthrough } from '../state/store'
import { CloseIcon } from './icons'
import { stepById } from './steps'
import { useText } from './useText'

const LAYER_NAMES: Record<Layer, UiKey> = {
  skin: 'layerSkin',
  muscle: 'layerMuscle',
  nerves: 'layerNerves',
  bone: 'layerBone',
  cartilage: 'layerCartilage',
  implants: 'layerImplants',
  instruments: 'layerInstruments',
}
const MODE_NAMES: Record<LayerMode, UiKey> = { shown: 'layerShown', ghost: 'layerGhost', hidden: 'layerHidden' }

export function LayersPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const stepId = useWalkthrough((s) => s.stepId)
  const overrides = useWalkthrough((s) => s.layerOverrides)
  const setLayerMode = useWalkthrough((s) => s.setLayerMode)
  const resetLayers = useWalkthrough((s) => s.resetLayers)
  const text = useText()
  const defaults = stepById(stepId).layers

  return (
    <section
      id={id}
      className="layers-panel"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="layers-head">
        <h2 id={`${id}-title`}>{text.ui.layers}</h2>
        <button type="button" className="icon-button" aria-label={text.ui.closeLayers} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="layer-rows">
        {LAYERS.map((layer) => {
          const mode = overrides[layer] ?? defaults[layer] ?? 'shown'
          const name = text.ui[LAYER_NAMES[layer]]
          return (
            <div key={layer} className="layer-row" role="radiogroup" aria-label={name} data-layer={layer} data-mode={mode}>
              <span className="layer-name" aria-hidden="true">{name}</span>
              <div className="segmented segmented-small">
                {LAYER_MODES.map((m) => (
                  <label key={m} className="segment">
                    <input
                      type="radio"
                      name={`layer-${layer}`}
                      value={m}
                      checked={mode === m}
                      onChange={() => setLayerMode(layer, m)}
                    />
                    <span>{text.ui[MODE_NAMES[m]]}</span>
                  </label>
                ))}
              </div>
            </div>
          )
        })}
      </div>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={Object.keys(overrides).length === 0}
        onClick={resetLayers}
      >
        {text.ui.resetLayers}
      </button>
    </section>
  )
}
