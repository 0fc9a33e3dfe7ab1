/** A visible, polite note about the link that was opened (unknown step, bad audience...). */
import type { UiKey } from '../content/i18n/en/ui'
import { LANGUAGE_OFFERS, LANGUAGE_TAGS } from '../content/i18n/languages'
import { chooseLanguage, declineLanguageOffer } from '../state/language-sync'
import { useWalkthrough, type Notice } from '../state/store'
import { CloseIcon, InfoIcon } from './icons'
import { fill, useText } from './useText'

type MessageNotice = Exclude<Notice, { kind: 'sheet-discarded' | 'language-offer' } | null>

const MESSAGES: Record<MessageNotice['kind'], UiKey> = {
  'unknown-step': 'noticeUnknownStep',
  'bad-audience': 'noticeBadAudience',
  'unknown-page': 'noticeUnknownPage',
  'unknown-compare': 'noticeUnknownCompare',
  'malformed-link': 'noticeMalformedLink',
  'unknown-view': 'noticeUnknownView',
  'unknown-quiz': 'noticeUnknownQuiz',
  'unknown-surgeon-view': 'noticeUnknownSurgeonView',
  'unknown-language': 'noticeUnknownLanguage',
  'language-failed': 'noticeLanguageFailed',
}

/** A consultation sheet set aside on start: one message per reason. */
const SHEET_MESSAGES: Record<Extract<Notice, { kind: 'sheet-discarded' }>['reason'], UiKey> = {
  corrupt: 'noticeSheetCorrupt',
  'old-version': 'noticeSheetOldVersion',
  'too-large': 'noticeSheetTooLarge',
}

const messageOf = (notice: Exclude<Notice, { kind: 'language-offer' } | null>): UiKey =>
  notice.kind === 'sheet-discarded' ? SHEET_MESSAGES[notice.reason] : MESSAGES[notice.kind]

export function NoticeBanner() {
  const notice = useWalkthrough((s) => s.notice)
  const dismissNotice = useWalkthrough((s) => s.dismissNotice)
  const text = useText()
  // The status region is always in the page so that assistive technology hears what appears in it.
  return (
    <div className="notice-region" role="status">
      {notice && (
        <div className="notice" data-notice={notice.kind}>
          <InfoIcon />
          {notice.kind === 'language-offer' ? (
            // Written in the offered language, marked so, for a reader who may not read this one.
            <p lang={LANGUAGE_TAGS[notice.lang]}>
              {LANGUAGE_OFFERS[notice.lang].text}{' '}
              <button type="button" className="notice-action" onClick={() => void chooseLanguage(notice.lang, { remember: true })}>
                {LANGUAGE_OFFERS[notice.lang].accept}
              </button>
            </p>
          ) : (
            <p>{fill(text.ui[messageOf(notice)], { value: 'value' in notice ? notice.value : '' })}</p>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={text.ui.dismissNotice}
            onClick={() => {
              // Closing the offer of a language is an answer: it is not asked again.
              if (notice.kind === 'language-offer') declineLanguageOffer()
              dismissNotice()
            }}
          >
            <CloseIcon />
          </button>
        </div>
      )}
    </div>
  )
}
