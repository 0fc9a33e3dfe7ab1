/** Placeholder: the content work writes this page. */
export function GlossaryPage() {
  return <section><h2>Glossary</h2></section>
}
