import { render } from 'preact';
import { PanelApp } from '../../src/ui/panel/panel-app';
import { createBrowserEnv } from '../../src/ui/browser-env';
import '../../src/ui/styles.css';

render(<PanelApp env={createBrowserEnv()} search={location.search} />, document.getElementById('app')!);
