/**
 * Webpack loader for the code Taro's H5 loader generates for the app's entry, and for Taro's H5 router (H5 only): the
 * app starts in steps, each a task of its own, so that no step blocks input for long on a slow phone (Lighthouse's
 * total blocking time). The entry's modules are evaluated in the first task; the app is created in the next; the
 * router is set up in the one after, and finds the page in the next; a page's chunks are evaluated in three, the
 * gateway's modules, Taro's components, then the page's own. The page's first frame is already painted from its
 * HTML (scripts/routeShells.mjs), so nothing waits on a step.
 */
const START = /^var inst = (.*)\nvar history = (.*)\n(.*\(config, history\))\n(.*\(history, inst, config, .*\))\n/m

const STEPS = `function nextTask() { return new Promise(function (resume) { setTimeout(resume) }) }
config.routes.forEach(function (route) {
  var load = route.load
  route.load = function (context, params) {
    var page = import('@/gateway/hooks').then(nextTask)
      .then(function () { return import('@tarojs/components') }).then(nextTask)
      .then(function () { return load(context, params)[0] })
    return [page, context, params]
  }
})
var inst, history
nextTask().then(function () {
  inst = $1
  history = $2
  $3
}).then(nextTask).then(function () {
  $4
})
`

/** The router's first render, at the end of createRouter (@tarojs/router/dist/router/spa.js). */
const FIRST_ROUTE = /^( *)(render\(\{ location: history\.location, action: Action\.Push \}\));$/m

module.exports = function startInSteps(source) {
  if (/[\\/]@tarojs[\\/]router[\\/]dist[\\/]router[\\/]spa\.js$/.test(this.resourcePath)) {
    if (!FIRST_ROUTE.test(source)) throw new Error("startInSteps: Taro's H5 router no longer reads as expected")
    return source.replace(FIRST_ROUTE, '$1setTimeout(() => $2);')
  }
  if (!START.test(source)) throw new Error("startInSteps: Taro's H5 app entry no longer reads as expected")
  return source.replace(START, STEPS)
}

/** Puts the loader above on the app's entry, to run on what Taro's H5 loader generates (which runs first). */
class StartInSteps {
  apply(compiler) {
    const name = 'StartInSteps'
    compiler.hooks.compilation.tap(name, (compilation) => {
      // stage: after Taro's H5 plugin has added its loader to the entry module.
      compiler.webpack.NormalModule.getCompilationHooks(compilation).loader.tap({ name, stage: 100 }, (_context, module) => {
        if (!/[\\/]app\.config\.[jt]s$/.test(module.resource ?? '')) return
        const taro = module.loaders.findIndex((loader) => /taro-loader[\\/]lib[\\/]h5\.js$/.test(loader.loader))
        if (taro === -1) throw new Error("startInSteps: Taro's H5 loader is not on the app's entry")
        module.loaders.splice(taro, 0, { loader: __filename, options: undefined, ident: undefined, type: undefined })
      })
    })
  }
}
module.exports.StartInSteps = StartInSteps
