/**
 * A QR code drawn as React elements (one <rect> for the white ground, one <path> for the dark
 * modules): no innerHTML and no data: image, as the CSP asks. Black on white whatever the theme,
 * since a phone's scanner needs the contrast; the viewBox in modules lets CSS give it any size,
 * and crispEdges keeps the module edges sharp on a projector.
 */
import { useMemo } from 'react'
import { qrDrawing } from '../qr-path'

export interface QrCodeProps {
  /** What the code encodes (the link). */
  text: string
  /** Its accessible name. */
  label: string
  className?: string
}

export function QrCode({ text, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => qrDrawing(text), [text])
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-modules={size}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
