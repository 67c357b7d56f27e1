import { hostPermissionFor, PRESETS, PRESET_IDS, resolveProviderSettings } from '../presets';

describe('provider presets and settings', () => {
  it('fills base URL, structured output mode and defaults from the preset', () => {
    const s = resolveProviderSettings({ preset: 'ollama', model: 'qwen2.5' });
    expect(s).toMatchObject({
      baseURL: 'http://localhost:11434/v1', structuredOutput: 'json_schema', timeoutMs: 25_000,
      maxRequestsPerMinute: 30, stream: true, maxTokensParam: 'max_tokens', apiKey: undefined,
    });
    expect(resolveProviderSettings({ preset: 'anthropic', model: 'claude-x', apiKey: ' k ' })).toMatchObject({
      baseURL: 'https://api.anthropic.com/v1/', structuredOutput: 'json_object', apiKey: 'k',
    });
  });

  it('uses the preset model when none is given and lets settings override the preset', () => {
    expect(resolveProviderSettings({ preset: 'openai' }).model).toBe(PRESETS.openai.defaultModel);
    const s = resolveProviderSettings({ preset: 'openrouter', model: 'm', structuredOutput: 'none', timeoutMs: 10_000, maxTokensPerMinute: 5000 });
    expect(s).toMatchObject({ structuredOutput: 'none', timeoutMs: 10_000, maxTokensPerMinute: 5000, baseURL: 'https://openrouter.ai/api/v1' });
  });

  it('rejects unknown fields, a custom preset without a base URL, and bad values', () => {
    expect(() => resolveProviderSettings({ preset: 'custom', model: 'm' })).toThrow(/base URL/);
    expect(() => resolveProviderSettings({ preset: 'openai', model: 'm', timeoutMs: 5 })).toThrow();
    expect(() => resolveProviderSettings({ preset: 'openai', model: 'm', colour: 'red' })).toThrow();
    expect(() => resolveProviderSettings({ preset: 'nope' })).toThrow();
    expect(() => resolveProviderSettings(null)).toThrow();
  });

  it('keyless presets are the local ones', () => {
    expect(PRESET_IDS.filter((id) => !PRESETS[id].needsKey)).toEqual(['ollama', 'lmstudio', 'custom']);
  });

  it('names the host permission an endpoint needs', () => {
    expect(hostPermissionFor({ baseURL: 'https://api.openai.com/v1' })).toBe('https://api.openai.com/*');
    expect(hostPermissionFor({ baseURL: 'http://localhost:11434/v1' })).toBe('http://localhost/*');
  });
});

describe('stored provider entries (messaging/protocol ProviderSettings)', () => {
  it('accepts the options page entry as stored, blanks meaning "use the preset"', () => {
    const s = resolveProviderSettings({ id: 'p1', preset: 'ollama', label: 'Home box', baseURL: ' ', model: '', apiKey: '', enabled: true });
    expect(s).toMatchObject({ id: 'p1', label: 'Home box', baseURL: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: undefined });
  });
});
