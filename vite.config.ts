import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// `base: './'` makes the build work from any static server and from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The 3D scene (three.js + drei) is one lazily loaded chunk of about 1 MB; the page's text
    // and navigation are in the small entry chunk and do not wait for it.
    chunkSizeWarningLimit: 1200,
  },
})
