import { render } from 'preact';
import '@/components/base.css';
import '@/components/companion/companion.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
