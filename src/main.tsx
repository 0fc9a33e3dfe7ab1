import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/tokens.css'
import { App } from './App'
import { startUrlSync } from './state/url-sync'

// The link decides the first state before the first render: no flash of the wrong step.
startUrlSync(window)

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
