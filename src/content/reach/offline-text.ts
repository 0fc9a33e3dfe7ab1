/** The words of the offline app: ready to use offline, an update waiting (src/features/offline). */
export interface OfflineText {
  /** A new version has been downloaded and waits for the user to choose to use it. */
  readonly updateAvailable: string
  /** The notice's button: switch to the new version now (the page reloads at the same place). */
  readonly useUpdate: string
  /** The close button's name: keep the version in use for now. */
  readonly dismissUpdate: string
  /** Said once, quietly, on the visit that stored the app on the device. */
  readonly offlineReady: string
}
