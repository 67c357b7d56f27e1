import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/options-app';
import { createBrowserEnv } from '../../src/ui/browser-env';
import '../../src/ui/styles.css';

render(<OptionsApp env={createBrowserEnv()} />, document.getElementById('app')!);
