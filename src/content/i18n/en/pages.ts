/** The pages around the steps: opening screen, "Is it for me?", questions, recovery. */
export const pages = {} as const

export type Pages = typeof pages
