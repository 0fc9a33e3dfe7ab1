import type { ExploreText } from '../../teach/explore-text'

export const explore: ExploreText = {
  title: 'Touch to learn',
  viewName: '3D view of the hip',
  keyboardHint:
    'Arrow keys turn the view. Plus and minus zoom. N names the next part you can see, Shift and N the one before. Escape closes the name. Reset view goes back to the guided view.',
  closeCard: 'Close: {name}',
  announce: '{name}: {meaning}',
  announceInQuiz: 'Part {n} of {total} chosen.',
  cleared: 'Name closed.',
}
