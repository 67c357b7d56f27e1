import { providerSettingsFromFlags, runnerFlags } from '../../scripts/lib/provider-flags';
import { SettingsSchema } from '../../src/browser/settings';

describe('runner: --model-first', () => {
  const providers = providerSettingsFromFlags({ provider: 'custom', baseUrl: 'http://127.0.0.1:9/v1', model: 'm' });

  it('turns off templates and the confident offline plan so the provider plans', () => {
    const flags = runnerFlags({ modelFirst: true, providers });
    expect(flags).toEqual({ aiPlanning: true, templates: false, offlineFirst: false });
    // What the extension reads back: the other switches keep their defaults.
    expect(SettingsSchema.parse({ providers, flags }).flags).toMatchObject({ templates: false, offlineFirst: false, advancedRetry: true, progressEvents: true });
  });

  it('leaves the extension defaults alone without the flag', () => {
    expect(runnerFlags({ providers })).toBeUndefined();
    expect(runnerFlags({ modelFirst: false, providers: [] })).toBeUndefined();
  });

  it('refuses --model-first without a provider, saying what is missing', () => {
    expect(() => runnerFlags({ modelFirst: true, providers: providerSettingsFromFlags({}) })).toThrow('--model-first needs a provider');
  });
});
