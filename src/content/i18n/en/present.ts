import type { PresentText } from '../../teach/present-text'

export const present: PresentText = {
  title: 'Presenter',
  share: {
    open: 'Share this step',
    scanHint: 'Scan the code with your phone camera to open this step.',
    qrLabel: 'QR code of the link to the step “{title}”',
    linkLabel: 'Link to this step',
    copy: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Press Ctrl+C / Cmd+C to copy',
    showOnProjector: 'Show the code on the projector',
    close: 'Close',
    overlayCaption: 'Scan to open this step on your phone',
  },
}
