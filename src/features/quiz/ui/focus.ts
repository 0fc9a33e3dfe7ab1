/**
 * After the quiz closes, the step text takes its place: focus goes to its title (StepPanel's
 * `#step-title`), not to the page's start. A heading is not focusable by itself: -1 makes it a
 * focus target without adding a tab stop. The panel renders on the next frame.
 */
export function focusStepTitleSoon(): void {
  requestAnimationFrame(() => {
    const title = document.getElementById('step-title')
    if (!title) return
    if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1')
    title.focus()
  })
}
