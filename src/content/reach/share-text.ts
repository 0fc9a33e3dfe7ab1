/** The words of "Share" (a link, a QR code, an iframe snippet) and of the embedded view (src/features/embed). */
export interface ShareText {
  /** The button that opens the share dialog. */
  readonly share: string
  /** The button's full name for screen readers: what it shares. */
  readonly shareLong: string
  /** The dialog's heading. */
  readonly title: string
  readonly close: string
  /** The link to this step, in this language and register. */
  readonly linkHeading: string
  readonly linkHint: string
  readonly copyLink: string
  readonly linkCopied: string
  /** Copying was blocked (no permission, not a secure context): the text is selected instead. */
  readonly copyByHand: string
  /** The QR code of the link: what it is for, and its accessible name (`{title}`: the step's title). */
  readonly qrHint: string
  readonly qrLabel: string
  /** The iframe snippet a clinic pastes into its own site. */
  readonly embedHeading: string
  readonly embedHint: string
  /** The snippet's own accessible name for the code box. */
  readonly embedCodeLabel: string
  readonly copyCode: string
  readonly codeCopied: string
  /** The iframe's `title` in the snippet (`{title}`: the step's title). */
  readonly frameTitle: string
  /** The embedded view: its link to the full app, opened in a new tab. */
  readonly openInApp: string
  /** Said after the link's name: it opens a new tab. */
  readonly newTab: string
  /** The embedded view keeps this one line of the full app's medical note. */
  readonly learningOnly: string
  /** The embedded view's step buttons, as a group. */
  readonly stepButtons: string
}
