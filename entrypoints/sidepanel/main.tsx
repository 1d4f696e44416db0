import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import '../../components/panel.css';
import { App } from './App';

z.config({ jitless: true });
createRoot(document.getElementById('root')!).render(<App />);
