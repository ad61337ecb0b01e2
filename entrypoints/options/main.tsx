import { render } from 'preact';
import '@/components/base.css';
import '@/components/options/options.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
