/** The words of "Listen": the current text read aloud (src/features/listen). */
export interface ListenText {
  /** The accessible name of the group of reading controls. */
  readonly controls: string
  /** The button that starts reading the step or page aloud. */
  readonly listen: string
  readonly pause: string
  /** Goes on from the paused sentence. */
  readonly resume: string
  readonly stop: string
  /** A toggle (pressed: a slower voice). */
  readonly slower: string
  /** Announced politely as the reading changes. */
  readonly reading: string
  readonly paused: string
  readonly stopped: string
  readonly finished: string
  /** The device has no voice for the language shown: nothing is read (never another language's voice). */
  readonly noVoice: string
  /** The browser refused to speak (iOS outside a tap, speech turned off). */
  readonly failed: string
}
