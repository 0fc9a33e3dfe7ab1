/** The words of the present feature, keyed by language (each pack in src/content/i18n/<lang>/present.ts). */
export interface PresentText {
  readonly title: string
  /** "Share this step": the link and QR code students open on their phones (src/features/teach/share). */
  readonly share: {
    /** The presenter's button that opens the dialog. */
    readonly open: string
    /** Under the step's title: what the code is for. */
    readonly scanHint: string
    /** The QR code's accessible name; `{title}` is the step's title. */
    readonly qrLabel: string
    readonly linkLabel: string
    readonly copy: string
    readonly copied: string
    /** When the clipboard cannot be written: the link is selected instead. */
    readonly copyByHand: string
    /** A toggle (aria-pressed): the code shown large in the audience window. */
    readonly showOnProjector: string
    readonly close: string
    /** The caption under the code in the audience window. */
    readonly overlayCaption: string
  }
}
