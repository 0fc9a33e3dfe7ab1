/** The words of the present feature, keyed by language (each pack in src/content/i18n/<lang>/present.ts). */
export interface PresentText {
  readonly title: string
  /** The header menu's link to the presenter window, and what it is, for screen readers. */
  readonly openPresenter: string
  readonly openPresenterLong: string
  /** The presenter window's document title; `{step}` is the step's title. */
  readonly documentTitle: string
  readonly audienceDocumentTitle: string
  /** The presenter's sections. */
  readonly pitfallsHeading: string
  readonly askHeading: string
  readonly nextHeading: string
  /** The next step's still image; `{title}` is its title. */
  readonly nextPreviewAlt: string
  readonly lastStep: string
  readonly notesLoading: string
  readonly notesFailed: string
  /** The register the room's text and labels use. */
  readonly roomRegister: string
  readonly elapsed: string
  readonly clock: string
  readonly pauseTimer: string
  readonly resumeTimer: string
  readonly resetTimer: string
  /** The timer buttons' short visible words (their full names above are what they say). */
  readonly timerPause: string
  readonly timerResume: string
  readonly timerReset: string
  readonly openAudience: string
  /** When the browser blocked the new window: a link to open it by hand. */
  readonly audienceBlocked: string
  readonly audienceLink: string
  readonly exitPresenter: string
  /** Where the presenter window stands (src/state/store.ts TeachLink). */
  readonly status: {
    readonly driving: string
    readonly otherDriving: string
    readonly unavailable: string
  }
  /** The audience window. */
  readonly audience: {
    readonly waiting: string
    readonly unavailable: string
    readonly fullScreen: string
    readonly leaveFullScreen: string
  }
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
