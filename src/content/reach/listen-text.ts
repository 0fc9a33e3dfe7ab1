/** The words of "Listen": the current text read aloud (src/features/listen). */
export interface ListenText {
  /** The button that starts reading the step or page aloud. */
  readonly listen: string
}
