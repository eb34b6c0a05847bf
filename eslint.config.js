// Lint rules, including the layer boundaries of the README's architecture enforced per folder with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layers = ['model', 'analysis', 'threads', 'worker', 'state', 'embed', 'render', 'view', 'cli'];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];
const drawing = ['cytoscape', 'cytoscape-*'];
/** Stores are made only in state/: the rest of the app reads them through state/'s hooks and actions. */
const stores = ['zustand', 'zustand/*'];

/** The import rule of one folder: the layers and packages it must not reach. */
function boundary(folder, forbiddenLayers, forbiddenPackages, why) {
  const layerGroups = forbiddenLayers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]);
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...layerGroups, ...forbiddenPackages], message: `${folder}/ ${why}` }] },
      ],
    },
  };
}
const except = (...allowed) => layers.filter((layer) => !allowed.includes(layer));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/output', 'bench/output', 'src/model/countries-data.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary(
    'model',
    except('model'),
    [...uiLibraries, ...drawing],
    'holds the format and graph building: no UI, no drawing, no higher layer',
  ),
  boundary(
    'analysis',
    except('model', 'analysis'),
    [...uiLibraries, ...drawing],
    'is pure functions on graphology: no React, zustand, DOM or cytoscape',
  ),
  boundary('threads', except('threads'), [...uiLibraries, ...drawing], 'is the bare Worker handle: it imports nothing'),
  boundary(
    'worker',
    except('model', 'analysis', 'threads', 'worker'),
    [...uiLibraries, ...drawing],
    'runs the analysis: no UI, no drawing',
  ),
  boundary('embed', except('model', 'analysis', 'embed'), [...uiLibraries, ...drawing], 'is a pure URL codec'),
  boundary(
    'state',
    except('model', 'analysis', 'threads', 'worker', 'embed', 'state'),
    [...drawing, 'react-dom', 'react-dom/*'],
    'is the store: it never draws or renders',
  ),
  boundary(
    'render',
    except('model', 'analysis', 'threads', 'render'),
    uiLibraries,
    'is the cytoscape adapter: it gets plain data, never the store or React',
  ),
  boundary('view', ['cli'], [...drawing, ...stores], 'is React: only render/ imports cytoscape, only state/ zustand'),
  // The entry point (src/main.tsx) makes no store of its own either.
  {
    files: ['src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: stores, message: 'only state/ imports zustand' }] }],
    },
  },
  // The renderer's operations are the view's only way to the canvas (render/renderer-ops.ts); its `cy` is for
  // the render layer's own tests.
  {
    files: ['src/view/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='cy']",
          message: 'view/ drives the canvas through the GraphRenderer operations (render/renderer-ops.ts), never `.cy`',
        },
      ],
    },
  },
  boundary(
    'cli',
    except('model', 'analysis', 'embed', 'cli'),
    [...uiLibraries, ...drawing],
    'is the command line over the same analysis code',
  ),
);
