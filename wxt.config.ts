import { defineConfig } from 'wxt';

// Chrome gets a side panel; Firefox gets the same page as a sidebar and no Chrome-only permission.
// Firefox specifics (see docs/firefox.md): MV2 by default, host access the MV2 way, the shortcut
// opens the sidebar, and a gecko id plus a data-collection declaration.
const ALL_HOSTS = ['<all_urls>'];

export default defineConfig({
  modules: [],
  manifest: ({ browser, mode, manifestVersion }) => {
    const firefox = browser === 'firefox';
    const chromeOnly = browser === 'chrome' ? ['sidePanel'] : [];
    // The automation build (headless runner, e2e) grants host access at install because nobody is
    // there to click "Allow"; the store build asks per origin when a plan needs it.
    const automation = mode === 'automation';
    return {
      name: 'Errand',
      description: 'Runs errands in your own tabs: type a goal, review the plan, watch it run.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', ...chromeOnly],
      host_permissions: automation ? ALL_HOSTS : [],
      optional_host_permissions: automation ? [] : ALL_HOSTS,
      commands: {
        // Firefox has no "action opens the panel" behaviour; its built-in sidebar command does it.
        [firefox ? '_execute_sidebar_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+E' },
          description: 'Open Errand',
        },
      },
      action: { default_title: 'Open Errand' },
      ...(firefox ? firefoxOnly(automation, manifestVersion) : {}),
    };
  },
  // `wxt zip -b firefox` also zips the sources for AMO review; leave out what .gitignore leaves out.
  zip: { excludeSources: ['tmp/**', 'coverage/**', 'test-results/**', '.errand-profile*/**', '**/*.log'] },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'automation') return;
      // WXT adds the runtime content script's `matches` (<all_urls>) as a required host permission.
      // The store build must only ask for hosts at run time (activeTab covers the tab the person
      // points Errand at), so keep them optional on every browser.
      manifest.host_permissions = (manifest.host_permissions ?? []).filter((p: string) => !ALL_HOSTS.includes(p));
    },
  },
});

/** Manifest keys only the Firefox build has. */
function firefoxOnly(automation: boolean, manifestVersion: 2 | 3) {
  return {
    // MV2 has no optional_host_permissions (WXT drops it): optional hosts go into optional_permissions.
    ...(manifestVersion === 2 && !automation ? { optional_permissions: ALL_HOSTS } : {}),
    browser_specific_settings: {
      gecko: {
        id: 'errand@errand.dev',
        // 140 (ESR) is the first desktop release that knows data_collection_permissions.
        strict_min_version: '140.0',
        // Nothing is sent anywhere by default (offline planner). Page text reaches a remote model only
        // once the user configures an AI provider; that is the optional "website content" consent.
        data_collection_permissions: { required: ['none' as const], optional: ['websiteContent' as const] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
