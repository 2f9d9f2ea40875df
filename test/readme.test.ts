// Keeps the README's configuration table true to core/config.ts.

import { readFileSync } from 'node:fs';
import { SETTINGS_DOC } from '../core/config.js';

describe('README configuration table', () => {
  it('documents every setting with its default, exactly as core/config.ts declares it', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const setting of SETTINGS_DOC) {
      const row = `| \`${setting.env}\` | ${setting.default ? `\`${setting.default}\`` : '—'} | ${setting.doc} |`;
      expect(readme).toContain(row);
    }
  });
});
