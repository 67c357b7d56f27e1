import { defineConfig } from 'wxt';

// Chrome gets a side panel; Firefox gets the same page as a sidebar and no Chrome-only permission.
export default defineConfig({
  modules: [],
  manifest: ({ browser, mode }) => {
    const chromeOnly = browser === 'chrome' ? ['sidePanel'] : [];
    // The automation build (headless runner, e2e) grants host access at install because nobody is
    // there to click "Allow"; the store build asks per origin when a plan needs it.
    const allHosts = ['<all_urls>'];
    return {
      name: 'Errand',
      description: 'Runs errands in your own tabs: type a goal, review the plan, watch it run.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', ...chromeOnly],
      host_permissions: mode === 'automation' ? allHosts : [],
      optional_host_permissions: mode === 'automation' ? [] : allHosts,
      commands: {
        _execute_action: { suggested_key: { default: 'Alt+Shift+E' }, description: 'Open Errand' },
      },
      action: { default_title: 'Open Errand' },
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'errand@errand.dev', strict_min_version: '115.0' } } }
        : {}),
    };
  },
});
