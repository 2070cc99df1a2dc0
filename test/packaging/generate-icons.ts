// Writes resources/icon.png (512 px, Linux and the window) and resources/icon.ico (Windows: exe, installer,
// shortcuts) from the shapes in support/icon-art.ts. Run after changing the art:
//   npx tsx test/packaging/generate-icons.ts
// test/packaging/icons.test.ts checks the committed files are exactly what this produces.
import fs from 'node:fs';
import path from 'node:path';
import { renderIcons } from './support/icons';

const resources = path.resolve(import.meta.dirname, '../../resources');
for (const [name, bytes] of Object.entries(renderIcons())) {
  fs.writeFileSync(path.join(resources, name), bytes);
  process.stdout.write(`wrote resources/${name} (${bytes.length} bytes)\n`);
}
