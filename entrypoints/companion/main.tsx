// First: asks the background for the scope's model before the rest of the page's code runs.
import './early-insights';
import { render } from 'preact';
import '@/components/base.css';
import '@/components/companion/companion.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
