// Sandbox escape attempts from a JavaScript bot. Each attempt either returns a capability (it got
// through) or throws; it counts as refused only when it throws exactly the error the sandbox
// causes (a missing global, a missing member, require's own refusal). Anything else is reported
// as broken, so an attempt that fails for another reason cannot pass for a refusal.
// SandboxEscapeBatteryTest replaces PROBE_FILE with a readable .js file, and runs these attempts
// in the real host (all must be refused) and in a context without the sandbox (all must escape).
const PROBE = 'PROBE_FILE'
const missing = name => [ReferenceError, new RegExp('^' + name + ' is not defined$')]
const noMember = name => [TypeError, new RegExp('Unknown identifier: ' + name + '$')]

const attempts = {
  javaType: [() => Java.type('java.lang.Runtime').getRuntime(), missing('Java')],
  javaTypeEnvironment: [() => Java.type('java.lang.System').getenv(), missing('Java')],
  javaThroughGlobalThis: [() => Reflect.get(globalThis, 'Java').type('java.io.File'), [TypeError, /Cannot read property 'type' of undefined|undefined/]],
  packagesGlobal: [() => Packages.java.lang.System.getenv(), missing('Packages')],
  javaPackageGlobal: [() => java.lang.System.getenv(), missing('java')],
  polyglotEval: [() => Polyglot.eval('js', '40 + 2'), missing('Polyglot')],
  loadFile: [() => load(PROBE), missing('load')],
  requireFile: [() => require(PROBE), [Error, /only 'simplex\/stdlib' can be required/]],
  functionConstructor: [() => (function () {}).constructor('return Java')(), missing('Java')],
  evalJava: [() => eval('Java.type("java.io.File")'), missing('Java')],
  newFunctionPackages: [() => new Function('return Packages.java.lang.System')(), missing('Packages')],
  javaExtend: [() => Java.extend(Java.type('java.lang.Object')), missing('Java')],
  threadStart: [() => Java.type('java.lang.Thread').startVirtualThread(() => {}), missing('Java')],
  sendGetClass: [() => send.getClass(), noMember('getClass')],
  storeGetClass: [() => store.getClass(), noMember('getClass')],
  storeReflection: [() => store.getClass().getDeclaredFields(), noMember('getClass')],
  logGetClass: [() => log.getClass(), noMember('getClass')],
  messageGetClass: [() => lastMsg.getClass(), noMember('getClass')],
  timerHandleGetClass: [() => timer.getClass(), noMember('getClass')],
}

// Attempts whose only sign of success is seeing what another script put in its own realm or store.
const isolated = {
  anotherScriptsStore: () => store.get('secret'),
}

// Attempts that change this script's realm; victim.js reports whether it sees the change.
const planted = {
  sharedGlobalPollution: () => { Object.prototype.polluted = 'yes'; globalThis.stolen = 'yes' },
  apiPrototypeTamper: () => { Object.getPrototypeOf(send).hijacked = 'yes' },
}

const timer = after(3600000, () => {})
let lastMsg = null

function outcome(run, refusal) {
  try {
    const got = run()
    return 'ESCAPED: ' + typeof got + ' ' + String(got).slice(0, 80)
  } catch (e) {
    const [type, message] = refusal
    return e instanceof type && message.test(String(e.message)) ? 'refused' : 'BROKEN: ' + String(e).slice(0, 120)
  }
}

on.message(msg => {
  if (msg.text !== 'probe') return
  lastMsg = msg
  const results = {}
  for (const [name, [run, refusal]] of Object.entries(attempts)) results[name] = outcome(run, refusal)
  for (const [name, run] of Object.entries(isolated)) {
    const got = run()
    results[name] = got === null || got === undefined ? 'refused' : 'ESCAPED: ' + String(got).slice(0, 80)
  }
  for (const plant of Object.values(planted)) plant()
  msg.reply('escape.js ' + JSON.stringify(results))
})
