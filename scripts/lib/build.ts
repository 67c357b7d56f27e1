import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUTOMATION_BUILD } from './launch';

/** Builds the automation variant of the extension when it is missing (or when forced). */
export function ensureBuild(force = false): string {
  if (force || !existsSync(join(AUTOMATION_BUILD, 'manifest.json'))) {
    process.stderr.write('Building the extension (wxt build --mode automation)…\n');
    execFileSync('npx', ['wxt', 'build', '--mode', 'automation'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return AUTOMATION_BUILD;
}
