import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// `base: './'` makes the build work from any static server and from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
})
