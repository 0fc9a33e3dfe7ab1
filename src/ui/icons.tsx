/**
 * Inline SVG icons (nothing is fetched). Decorative: every button that shows one also has a
 * text name, so the icons are hidden from assistive technology.
 */
import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

export const ChevronLeftIcon = () => <Icon><path d="M15 5l-7 7 7 7" /></Icon>
export const ChevronRightIcon = () => <Icon><path d="M9 5l7 7-7 7" /></Icon>
export const ChevronDownIcon = () => <Icon><path d="M5 9l7 7 7-7" /></Icon>
export const ReplayIcon = () => <Icon><path d="M3 12a9 9 0 1 0 3-6.7" /><path d="M3 4v5h5" /></Icon>
export const PauseIcon = () => <Icon><path d="M8 5v14M16 5v14" /></Icon>
export const PlayIcon = () => <Icon><path d="M7 4.5v15l12-7.5z" /></Icon>
export const ResetViewIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="7" />
    <circle cx="12" cy="12" r="2" />
    <path d="M12 2v3M12 19v3M2 12h3M19 12h3" />
  </Icon>
)
export const LayersIcon = () => (
  <Icon>
    <path d="M12 3l9 5-9 5-9-5z" />
    <path d="M3 13l9 5 9-5" />
  </Icon>
)
export const CloseIcon = () => <Icon><path d="M6 6l12 12M18 6L6 18" /></Icon>
export const MenuIcon = () => <Icon><path d="M4 7h16M4 12h16M4 17h16" /></Icon>
export const InfoIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v6M12 7.5v.5" />
  </Icon>
)
/** A letter and a plus: make the text larger. */
export const TextSizeIcon = () => (
  <Icon>
    <path d="M3 19l5.5-14L14 19M5.2 14h6.6" />
    <path d="M19 7v6M16 10h6" />
  </Icon>
)
/** The plain 3D view: a cube. */
export const View3dIcon = () => (
  <Icon>
    <path d="M12 3l8 4.5v9L12 21l-8-4.5v-9z" />
    <path d="M4 7.5l8 4.5 8-4.5M12 12v9" />
  </Icon>
)
/** The X-ray: a film with a bone on it. */
export const XrayIcon = () => (
  <Icon>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M10 7.5a1.5 1.5 0 1 1 2 1.4v6.2a1.5 1.5 0 1 1-2 0" />
  </Icon>
)
/** The cut through the bone: a plane slicing a rounded shape. */
export const CutIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="7" />
    <path d="M3 20L21 4" />
  </Icon>
)
/** Landmarks: a pin with its leader line, as the labels draw them. */
export const LandmarksIcon = () => (
  <Icon>
    <circle cx="7" cy="17" r="2.5" />
    <path d="M9 15l5-5" />
    <rect x="13" y="4" width="8" height="6" rx="1.5" />
  </Icon>
)
