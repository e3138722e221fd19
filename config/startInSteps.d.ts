import type { Compiler } from 'webpack'

/** Puts config/startInSteps.js on the app's entry (H5), after Taro's H5 loader. */
export class StartInSteps {
  apply(compiler: Compiler): void
}
