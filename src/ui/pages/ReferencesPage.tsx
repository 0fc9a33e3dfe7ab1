/** Placeholder: the content work writes this page. */
export function ReferencesPage() {
  return <section><h2>References</h2></section>
}
