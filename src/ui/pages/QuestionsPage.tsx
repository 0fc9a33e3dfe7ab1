/** Placeholder: the content work writes this page. */
export function QuestionsPage() {
  return <section><h2>Questions</h2></section>
}
