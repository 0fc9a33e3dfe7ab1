/** The words of the offline app: ready to use offline, an update waiting (src/features/offline). */
export interface OfflineText {
  /** A new version has been downloaded and waits for the user to choose to use it. */
  readonly updateAvailable: string
}
