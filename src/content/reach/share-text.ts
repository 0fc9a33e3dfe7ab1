/** The words of "Share" (a link, a QR code, an iframe snippet) and of the embedded view (src/features/embed). */
export interface ShareText {
  /** The button that opens the share dialog. */
  readonly share: string
}
