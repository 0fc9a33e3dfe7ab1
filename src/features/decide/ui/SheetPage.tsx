/**
 * The consultation sheet page: what the person takes to their surgeon. On screen: the sheet as it
 * will print, with Print and Clear (an accessible two-step confirm, not window.confirm), and a
 * line saying where it is kept. For print, the same sheet is rendered a second time straight
 * under <body> (hidden on screen); the print stylesheet then prints that copy only, so the
 * walkthrough, the modal dialog and its chrome never reach the paper.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { LanguagePack } from '../../../content/i18n/types'
import { plainText } from '../../../lib/rich-text'
import { useWalkthrough } from '../../../state/store'
import { PageLayout } from '../../../ui/pages/PageLayout'
import { Paragraphs } from '../../../ui/pages/PassageText'
import { fill, useText } from '../../../ui/useText'
import type { UiKey } from '../../../content/i18n/en/ui'
import { isSheetEmpty, type ConsultationSheet, type SheetProblem } from '../sheet'
import { SheetChoices } from './SheetChoices'
import './sheet.css'
import './sheet-print.css'

export type Mode = 'screen' | 'print'

const DISCARDED: Record<SheetProblem, UiKey> = {
  corrupt: 'noticeSheetCorrupt',
  'old-version': 'noticeSheetOldVersion',
  'too-large': 'noticeSheetTooLarge',
}

export function SheetPage() {
  const pack = useText()
  const t = pack.sheet
  const sheet = useWalkthrough((s) => s.sheet)
  const kept = useWalkthrough((s) => s.sheetKept)
  const clearSheet = useWalkthrough((s) => s.clearSheet)
  // A kept sheet set aside on start: said here too, where the person looks for it.
  const discarded = useWalkthrough((s) => (s.notice?.kind === 'sheet-discarded' ? s.notice.reason : null))
  const [asking, setAsking] = useState(false)
  const [cleared, setCleared] = useState(false)
  const clearButton = useRef<HTMLButtonElement>(null)
  const keepButton = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)
  // The date printed on the sheet: the day it is printed (read once per opening).
  const date = useMemo(() => new Intl.DateTimeFormat(pack.lang, { dateStyle: 'long' }).format(new Date()), [pack.lang])

  useEffect(() => {
    if (asking) keepButton.current?.focus()
    else if (wasAsking.current) clearButton.current?.focus()
    wasAsking.current = asking
  }, [asking])

  return (
    <PageLayout id="sheet" related={['questions', 'decide', 'recovery']}>
      <Paragraphs passages={t.intro} />
      {discarded && (
        <p className="sheet-kept" data-kept="visit-only" data-discarded={discarded}>
          {pack.ui[DISCARDED[discarded]]}
        </p>
      )}
      <p className="sheet-kept" data-kept={kept}>
        {kept === 'yes' ? t.keptHere : t.notKept}
      </p>
      <div className="sheet-actions" role="group" aria-label={t.actionsLabel}>
        <button type="button" className="page__button page__button--primary" onClick={() => window.print()} aria-describedby="sheet-print-hint">
          {t.print}
        </button>
        {!asking && (
          <button ref={clearButton} type="button" className="page__button" onClick={() => setAsking(true)}>
            {t.clear}
          </button>
        )}
      </div>
      <p id="sheet-print-hint" className="sheet-hint">
        {t.printHint}
      </p>
      {asking && (
        <div className="sheet-confirm" role="group" aria-labelledby="sheet-clear-ask">
          <p id="sheet-clear-ask">{t.clearAsk}</p>
          <div className="sheet-actions">
            <button
              type="button"
              className="page__button sheet-confirm__yes"
              onClick={() => {
                clearSheet()
                setCleared(true)
                setAsking(false)
              }}
            >
              {t.clearYes}
            </button>
            <button ref={keepButton} type="button" className="page__button" onClick={() => setAsking(false)}>
              {t.clearNo}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="sheet-hint">
        {cleared && isSheetEmpty(sheet) ? t.cleared : ''}
      </p>
      <SheetDocument pack={pack} sheet={sheet} date={date} mode="screen" />
      {createPortal(
        <div className="sheet-print-root">
          <SheetDocument pack={pack} sheet={sheet} date={date} mode="print" />
        </div>,
        document.body,
      )}
    </PageLayout>
  )
}

/** The sheet itself; `print` adds the title and room for answers, `screen` the links that fill it. */
function SheetDocument({ pack, sheet, date, mode }: { pack: LanguagePack; sheet: ConsultationSheet; date: string; mode: Mode }) {
  const t = pack.sheet
  const openPage = useWalkthrough((s) => s.openPage)
  const termFor = (id: string) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term
  const plain = (text: string) => plainText(text, termFor)
  const questions = [
    ...pack.pages.questions.items.filter((q) => sheet.questions.includes(q.id)).map((q) => plain(q.text)),
    ...sheet.own,
  ]
  const screen = mode === 'screen'
  const H = screen ? 'h3' : 'h2'

  return (
    <div className={`sheet sheet--${mode}`} data-sheet={mode}>
      {!screen && <h1 className="sheet__title">{t.title}</h1>}
      <p className="sheet__date">{fill(t.date, { date })}</p>

      <section className="sheet__section sheet__questions">
        <H>{t.questionsHeading}</H>
        {questions.length > 0 ? (
          <ol className="sheet__question-list">
            {questions.map((q, i) => (
              <li key={i}>
                <span className="sheet__question">{q}</span>
                {!screen && (
                  <span className="sheet__answer">
                    <span className="sheet__answer-label">{t.answer}</span>
                    <span className="sheet__answer-line" />
                  </span>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>
            {t.questionsEmpty}{' '}
            {screen && (
              <button type="button" className="page__link" onClick={() => openPage('questions')}>
                {t.chooseQuestions}
              </button>
            )}
          </p>
        )}
      </section>

      <SheetChoices pack={pack} sheet={sheet} mode={mode} plain={plain} />

      <section className="sheet__section sheet__recovery">
        <H>{t.recoveryHeading}</H>
        <p className="sheet__note">{plain(pack.pages.recovery.intro.map((p) => p.text).join(' '))}</p>
        <table className="sheet__timeline">
          <tbody>
            {pack.pages.recovery.stages.map((stage, i) => (
              <tr key={i}>
                <th scope="row">{stage.when}</th>
                <td>
                  <strong>{stage.title}.</strong> {plain(stage.text.text)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <p className="sheet__learning">{t.learningOnly}</p>
    </div>
  )
}
