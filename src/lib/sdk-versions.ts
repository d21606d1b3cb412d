/** Reads the pinned version of a Python package from a requirements file (`name==1.2.3`). */
export function pythonPin(requirements: string, name: string): string {
  const line = requirements.split('\n').find((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()}==`));
  const version = line?.split('==')[1]?.trim();
  if (!version) throw new Error(`No exact pin "${name}==x.y.z" in the requirements file.`);
  return version;
}

/** Reads the exact version of an npm package from package.json's devDependencies (`"1.2.3"`, no range). */
export function npmPin(pkg: { devDependencies?: Record<string, string> }, name: string): string {
  const version = pkg.devDependencies?.[name];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin ${name} to an exact version (found "${version ?? 'nothing'}").`);
  }
  return version;
}

/**
 * Every version of an npm package that the tests run: the exact pin plus each exact npm alias of it
 * (`"@anthropic-ai/sdk-1-12": "npm:@anthropic-ai/sdk@1.12.0"`), newest first.
 */
export function npmTestedVersions(pkg: { devDependencies?: Record<string, string> }, name: string): string[] {
  const aliases = Object.values(pkg.devDependencies ?? {}).flatMap((spec) => {
    const m = /^npm:(.+)@(\d+\.\d+\.\d+)$/.exec(spec);
    return m && m[1] === name ? [m[2]!] : [];
  });
  const byNumber = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });
  return [...new Set([npmPin(pkg, name), ...aliases])].sort(byNumber);
}
