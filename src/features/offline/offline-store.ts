/**
 * What the offline copy of the app is doing, for the notice that tells the person
 * (ui/OfflineNotice.tsx). Written only by service-worker.ts, which arrives after the first view;
 * until then, and wherever there is no service worker (the dev server, a browser without one),
 * it stays `pending`.
 */
import { create } from 'zustand'

export type OfflineStatus =
  /** No service worker yet (or none to be had). */
  | 'pending'
  /** Every file of the app is stored on this device: the app works without a network. */
  | 'ready'
  /** The service worker could not be registered (blocked, private mode, an error). */
  | 'unavailable'

interface OfflineState {
  status: OfflineStatus
  /** True once, on the visit that stored the app: the notice says so quietly. */
  justStored: boolean
  /** A new version is stored and waits; calling this switches to it (the page reloads). */
  applyUpdate: (() => void) | null
  /** The person closed the update notice: it stays closed for this page. */
  updateDismissed: boolean
  dismissUpdate: () => void
}

export const useOffline = create<OfflineState>()((set) => ({
  status: 'pending',
  justStored: false,
  applyUpdate: null,
  updateDismissed: false,
  dismissUpdate: () => set({ updateDismissed: true }),
}))
