/** Placeholder: the content work writes this page. */
export function RecoveryPage() {
  return <section><h2>Recovery</h2></section>
}
