import { createRoot } from 'react-dom/client';
import { PlaygroundApp } from './PlaygroundApp';

const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root element');
createRoot(container).render(<PlaygroundApp />);
