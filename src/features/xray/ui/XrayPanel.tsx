/** Placeholder (the X-ray work replaces it). */
export default function XrayPanel() {
  return null
}
