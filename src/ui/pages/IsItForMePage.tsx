/** Placeholder: the content work writes this page. */
export function IsItForMePage() {
  return <section><h2>IsItForMe</h2></section>
}
