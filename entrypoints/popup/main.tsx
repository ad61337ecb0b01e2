import { render } from 'preact';
import '@/components/base.css';
import '@/components/popup/popup.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
