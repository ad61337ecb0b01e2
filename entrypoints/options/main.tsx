import { render } from 'preact';
render(<p>Uptake</p>, document.getElementById('app')!);
