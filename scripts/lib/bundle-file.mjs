// One entry bundled into one ES module file by rolldown, the bundler that builds the package
// (scripts/build.mjs): the build's scenario compiler and the benchmarks' harnesses run code bundled
// the way the package's is.
import { rolldown } from 'rolldown';

/** Bundles `entry` and everything it imports (dynamic imports too) into `file`; the other options are
 * rolldown's input options (plugins, resolve, ...). */
export async function bundleFile(entry, file, { minify = true, ...input } = {}) {
  const bundle = await rolldown({ platform: 'node', logLevel: 'warn', ...input, input: entry });
  try {
    await bundle.write({ file, format: 'esm', minify, codeSplitting: false });
  } finally {
    await bundle.close();
  }
}
