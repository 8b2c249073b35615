import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App/App';
import './ui/global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
