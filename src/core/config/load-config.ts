import type { KeyValueStore } from '../ports';
import { PlanInvalid } from '../errors';
import { ConfigSchema, DEFAULT_CONFIG, type Config, type ConfigOverrides } from './config-schema';

/** KV key under which the person's overrides are stored. */
export const USER_CONFIG_KEY = 'config.user';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep-merges plain objects; arrays and scalars from `over` replace those in `base`. */
export function mergeDeep<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out as T;
}

/**
 * Builds the config: defaults ← build-time `env` overrides ← `user` overrides. Throws PlanInvalid
 * (category validation) naming the bad fields when the result does not fit the schema.
 * @example resolveConfig({ flags: { aiPlanning: false } })
 */
export function resolveConfig(env?: ConfigOverrides, user?: ConfigOverrides): Config {
  const merged = mergeDeep(mergeDeep(structuredClone(DEFAULT_CONFIG), env), user);
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new PlanInvalid(`Settings are not valid: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, { issues });
  }
  return parsed.data;
}

/**
 * Loads the config with the person's stored overrides. Stored overrides that no longer validate
 * (e.g. after an upgrade) are ignored rather than breaking the extension.
 */
export async function loadConfig(options: { env?: ConfigOverrides; kv?: KeyValueStore } = {}): Promise<Config> {
  const stored = options.kv ? await options.kv.get(USER_CONFIG_KEY) : undefined;
  const user = isPlainObject(stored) ? (stored as ConfigOverrides) : undefined;
  try {
    return resolveConfig(options.env, user);
  } catch {
    return resolveConfig(options.env);
  }
}

/** Validates and stores the person's overrides (merged with what was stored before). */
export async function saveUserConfig(kv: KeyValueStore, overrides: ConfigOverrides): Promise<Config> {
  const stored = await kv.get(USER_CONFIG_KEY);
  const next = mergeDeep(isPlainObject(stored) ? stored : {}, overrides);
  const config = resolveConfig(undefined, next as ConfigOverrides);
  await kv.set(USER_CONFIG_KEY, next);
  return config;
}
