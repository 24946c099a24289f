// Makes site/assets/css/utrecht.css: the NL Design System components the workspace (/beheer/, /begeleider/) uses,
// from the Utrecht community's @utrecht/component-library-css 9.0.4 (EUPL-1.2), only the components and modifier
// classes we use (the whole bundle is 406 KB; a page may weigh 100 KB with everything it loads). The design tokens
// (the --utrecht-* custom properties) are ours, in css/workspace.css: @utrecht/design-tokens is Utrecht's own brand
// (188 KB) and NL Design System expects each organisation to bring its own theme.
// Run in a folder where `npm install @utrecht/component-library-css@9.0.4` was done:
//   node /path/to/site/tools/nl-design-system.js > /path/to/site/assets/css/utrecht.css
const fs = require('fs');
const path = require('path');
const BUNDLE = '@utrecht/component-library-css';
const VERSION = '9.0.4';
// component package → the classes we use (block, elements, modifiers); rules for any other class are left out.
const USE = {
  'button-css': ['utrecht-button', 'utrecht-button--primary-action', 'utrecht-button--secondary-action',
    'utrecht-button--subtle', 'utrecht-button--danger'],
  'button-group-css': ['utrecht-button-group'],
  'form-field-css': ['utrecht-form-field', 'utrecht-form-field__label', 'utrecht-form-field__input',
    'utrecht-form-field__description', 'utrecht-form-field-description', 'utrecht-form-field--invalid'],
  'form-label-css': ['utrecht-form-label'],
  'textbox-css': ['utrecht-textbox', 'utrecht-textbox--html-input', 'utrecht-textbox--invalid'],
  'select-css': ['utrecht-select', 'utrecht-select--html-select', 'utrecht-select--invalid'],
  'table-css': ['utrecht-table', 'utrecht-table--html-table', 'utrecht-table__caption', 'utrecht-table__header', 'utrecht-table__body',
    'utrecht-table__row', 'utrecht-table__cell', 'utrecht-table__header-cell'],
  'alert-css': ['utrecht-alert', 'utrecht-alert--error', 'utrecht-alert--ok', 'utrecht-alert--info',
    'utrecht-alert__content', 'utrecht-alert__message']
};
// Packages are read from ./node_modules (where npm install ran), not from beside this script.
const modules = path.join(process.cwd(), 'node_modules');
const bundleDir = path.join(modules, BUNDLE);
const bundle = JSON.parse(fs.readFileSync(path.join(bundleDir, 'package.json'), 'utf8'));
if (bundle.version !== VERSION) { throw new Error(BUNDLE + ' is ' + bundle.version + ', expected ' + VERSION); }

/* Top-level blocks of minified CSS: "selector{…}" or "@media …{…}" (braces may nest). */
function blocks(css) {
  const out = [];
  let depth = 0, start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') { depth++; }
    if (css[i] === '}') { depth--; if (depth === 0) { out.push(css.slice(start, i + 1)); start = i + 1; } }
  }
  return out;
}

/* Splits a selector list at the commas outside parentheses (:is(a, b) stays whole). */
function selectors(list) {
  const out = [];
  let depth = 0, start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') { depth++; }
    if (list[i] === ')') { depth--; }
    if (list[i] === ',' && depth === 0) { out.push(list.slice(start, i)); start = i + 1; }
  }
  out.push(list.slice(start));
  return out;
}

function keep(css, used) {
  return blocks(css).map(function (block) {
    const brace = block.indexOf('{');
    const head = block.slice(0, brace);
    if (head.startsWith('@')) {
      const inner = keep(block.slice(brace + 1, -1), used);
      return inner ? head + '{' + inner + '}' : '';
    }
    const kept = selectors(head).filter(function (s) {
      return (s.match(/\.utrecht-[a-z0-9_-]+/g) || []).every(function (c) { return used.has(c.slice(1)); });
    });
    return kept.length ? kept.join(',') + block.slice(brace) : '';
  }).join('');
}

const parts = [];
for (const [pkg, classes] of Object.entries(USE)) {
  const name = '@utrecht/' + pkg;
  const wanted = bundle.dependencies[name];
  const dir = path.join(modules, name);
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  if (version !== wanted) { throw new Error(name + ' is ' + version + ', the bundle wants ' + wanted); }
  const css = fs.readFileSync(path.join(dir, 'dist/index.min.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  parts.push('/* ' + name + ' ' + version + ' */\n' + keep(css, new Set(classes)));
}
process.stdout.write('/*! NL Design System components from ' + BUNDLE + ' ' + VERSION + ' (Gemeente Utrecht,\n'
  + ' Frameless B.V. and contributors), EUPL-1.2: see /css/utrecht-LICENSE.md. Made by site/tools/nl-design-system.js:\n'
  + ' only the classes the workspace uses. The --utrecht-* design tokens are set in /css/workspace.css. */\n'
  + parts.join('\n') + '\n');
