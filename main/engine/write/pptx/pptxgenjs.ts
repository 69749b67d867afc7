/**
 * Loading pptxgenjs and naming its types. Its typings describe a CommonJS module, so TypeScript (NodeNext) types the
 * default import as the module object, while Node's ESM loader and esbuild's CJS interop both hand over the class
 * itself as `default`. The loader accepts either shape; everything else uses the aliases below.
 */
import type * as PptxModule from 'pptxgenjs';

/** Under NodeNext `PptxModule.default` is the CommonJS module object; its `default` is the class. */
export type PptxConstructor = typeof PptxModule.default.default;
export type PptxPresentation = InstanceType<PptxConstructor>;
export type PptxSlide = PptxModule.default.Slide;
export type PptxShapeName = PptxModule.default.SHAPE_NAME;
export type PptxShapeProps = PptxModule.default.ShapeProps;
export type PptxChartOptions = PptxModule.default.IChartOpts;

let loaded: Promise<PptxConstructor> | undefined;

/** Imported on first use: the engine should not pay for pptxgenjs when no PPTX is asked for. */
export function loadPptxGenJS(): Promise<PptxConstructor> {
  loaded ??= import('pptxgenjs').then((module: unknown) => {
    const outer = (module as { default?: unknown }).default;
    const inner = typeof outer === 'function' ? outer : (outer as { default?: unknown } | undefined)?.default;
    if (typeof inner !== 'function') throw new Error('pptxgenjs did not load: no presentation class in its module');
    return inner as unknown as PptxConstructor;
  });
  return loaded;
}
