import type { StepId } from '../../steps-index'
import type { StepText } from '../types'

// Placeholder text: the content work writes the real words.
const placeholder = (title: string): StepText => ({
  title,
  patient: [{ text: `${title}.`, sources: ['39'] }],
  student: [{ text: `${title}.`, sources: ['39'] }],
})

export const steps: Record<StepId, StepText> = {
  'healthy-hip': placeholder('A healthy hip'),
  'arthritic-hip': placeholder('A hip with arthritis'),
  incision: placeholder('The incision'),
  exposure: placeholder('Reaching the joint'),
  'capsule-dislocation': placeholder('Opening the capsule'),
  'femoral-sizing': placeholder('Measuring the head'),
  'acetabular-reaming': placeholder('Shaping the socket'),
  'cup-impaction': placeholder('Fitting the cup'),
  'guide-pin': placeholder('The guide pin'),
  'sleeve-reaming': placeholder('Shaping the sides of the head'),
  'head-shaping': placeholder('Shaping the top of the head'),
  'cap-cementing': placeholder('Fitting the cap'),
  reduction: placeholder('Putting the hip back'),
  closure: placeholder('Closing the wound'),
  recovery: placeholder('Recovery'),
}
