/** Placeholder: the content work writes this page. */
export function WelcomePage() {
  return <section><h2>Welcome</h2></section>
}
