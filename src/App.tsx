/** The page: the 3D view and the DOM around it. Scene and UI never import each other; both read the store. */
export function App() {
  return <main><h1>Resurface</h1></main>
}
