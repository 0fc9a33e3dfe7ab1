/**
 * What the app's "mounted means open" dialogs share (the share dialog, the presenter's share
 * dialog): a native <dialog> shown modal while mounted, Escape handed to the parent, focus back
 * on the opener when it goes; and Copy with a fallback for a blocked clipboard.
 */
import { useEffect, useRef, type SyntheticEvent } from 'react'

/** Spread onto the <dialog>: `ref` and `onCancel`. The parent closes it by unmounting it. */
export function useModalWhileMounted(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    // The native dialog keeps focus inside; the opener gets it back when the dialog goes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!d.open) d.showModal()
    return () => {
      if (d.open) d.close()
      opener?.focus()
    }
  }, [])
  const onCancel = (e: SyntheticEvent) => {
    // Escape: the parent unmounts the dialog, so its state and the page agree.
    e.preventDefault()
    onClose()
  }
  return { ref, onCancel }
}

/**
 * Copies `text`. Where the clipboard is blocked (no permission, not a secure context, a frame
 * without clipboard rights) it selects `shown`, the element showing that text, so Ctrl+C copies it.
 */
export async function copyOrSelect(text: string, shown: Element | null): Promise<'copied' | 'by-hand'> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard')
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    const selection = window.getSelection()
    if (shown && selection) selection.selectAllChildren(shown)
    return 'by-hand'
  }
}
