// @ts-check
/** Expressive Code options (the `<Code>` component needs them in this file, not in astro.config.mjs). */

/**
 * Expressive Code's script gives a code block that scrolls sideways `role="region"` (so keyboard
 * users can scroll it) but no name, and two such blocks on a page are duplicate landmarks for axe
 * (landmark-unique). Each block's `pre` gets a name from its language and first line. A block
 * that does not wrap is a focusable region from the start (the script, which runs a moment after
 * load, takes both away again when the block does not scroll).
 */
function nameScrollableBlocks() {
  /** @param {any} node @param {(n: any) => void} fn */
  const walk = (node, fn) => {
    fn(node);
    for (const child of node.children ?? []) walk(child, fn);
  };
  return {
    name: 'name-scrollable-blocks',
    hooks: {
      /** @param {{ codeBlock: { code: string; language: string; props: { wrap?: boolean } }; renderData: { blockAst: any } }} ctx */
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const first = codeBlock.code.split('\n').find((l) => l.trim())?.trim() ?? '';
        walk(renderData.blockAst, (n) => {
          if (n.type !== 'element' || n.tagName !== 'pre') return;
          n.properties['aria-label'] = `${codeBlock.language} code: ${first.slice(0, 80)}`;
          if (codeBlock.props.wrap === false) Object.assign(n.properties, { tabindex: '0', role: 'region' });
        });
      },
    },
  };
}


/** @type {import('@astrojs/starlight/expressive-code').StarlightExpressiveCodeOptions} */
export default {
  plugins: [nameScrollableBlocks()],
  // Error lines are long: wrap them instead of scrolling. Commands keep their lines whole and
  // scroll: a browser breaks lines after a hyphen, and a flag split in two (`-` / `extldflags`)
  // reads as two arguments.
  defaultProps: { wrap: true, overridesByLang: { 'sh,bash,shell,zsh,powershell,ps1,bat,cmd': { wrap: false } } },
};
