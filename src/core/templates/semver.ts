/** Semantic versions for templates: "1.4.0", "2.0.0-beta.1". */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

interface Semver { major: number; minor: number; patch: number; pre: string[] }

function parse(version: string): Semver | null {
  const m = SEMVER_PATTERN.exec(version);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

function comparePre(a: string[], b: string[]): number {
  // A release sorts after its pre-releases (1.0.0-rc.1 < 1.0.0).
  if (!a.length || !b.length) return (b.length ? 1 : 0) - (a.length ? 1 : 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]) ? Number(a[i]) : NaN;
    const nb = /^\d+$/.test(b[i]) ? Number(b[i]) : NaN;
    if (a[i] === b[i]) continue;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    if (!Number.isNaN(na)) return -1;
    if (!Number.isNaN(nb)) return 1;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** Orders two versions: negative when `a` is older. Unparseable versions sort first. */
export function compareSemver(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  return pa.major - pb.major || pa.minor - pb.minor || pa.patch - pb.patch || comparePre(pa.pre, pb.pre);
}

/**
 * True when `version` satisfies `wanted`: an exact version ("1.2.0") or a prefix ("1", "1.2")
 * meaning any version in that line.
 * @example versionMatches('1.4.2', '1') // true
 */
export function versionMatches(version: string, wanted: string): boolean {
  if (version === wanted) return true;
  if (!/^\d+(\.\d+)?$/.test(wanted)) return false;
  return version.startsWith(`${wanted}.`);
}
