/** Placeholder until the quiz feature lands. */
export default function QuizPanel() {
  return null
}
