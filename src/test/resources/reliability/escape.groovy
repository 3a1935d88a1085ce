// Call-interceptor bypass attempts. Each returns a capability when it gets through, else null or throws.
def attempts = [
  runtime          : { Runtime.getRuntime() },
  runtimeProperty  : { Runtime.runtime },
  getenv           : { System.getenv() },
  getProperty      : { System.getProperty('user.home') },
  setProperty      : { System.setProperty('pwned', 'yes') },
  execute          : { 'id'.execute() },
  executeList      : { ['id'].execute() },
  processBuilder   : { new ProcessBuilder('id').start() },
  fileRead         : { new File('/etc/passwd').text },
  filesRead        : { java.nio.file.Files.readAllLines(java.nio.file.Paths.get('/etc/passwd')) },
  url              : { new URL('https://example.com').text },
  classForName     : { Class.forName('java.lang.Runtime') },
  getClassDirect   : { 'x'.getClass() },
  classProperty    : { 'x'.class },
  listClass        : { [].class },
  classLoader      : { this.class.classLoader },
  threadCurrent    : { Thread.currentThread() },
  threadStart      : { Thread.start { } },
  evaluate         : { evaluate('1 + 1') },
  groovyShell      : { new GroovyShell().evaluate('1') },
  eval             : { Eval.me('1') },
  invokeMethod     : { this.invokeMethod('evaluate', '1') },
  metaClassString  : { String.metaClass.pwned = { -> 'yes' }; 'x'.pwned() },
  metaClassInstance: { 'x'.metaClass },
  binding          : { binding.variables },
  closureDelegate  : { def c = { -> 1 }; c.delegate },
  closureOwner     : { def c = { -> 1 }; c.owner },
  msgGetClass      : { lastMsg.getClass() },
  msgMetaClass     : { lastMsg.metaClass },
  msgProperties    : { lastMsg.properties },
  storeField       : { store.map },
  storeGetClass    : { store.getClass() },
  sendGetClass     : { send.getClass() },
  newInstance      : { String.newInstance() },
  dump             : { 'x'.dump() },
  jsonOutput       : { groovy.json.JsonOutput.toJson([:]) ; new groovy.lang.GroovyClassLoader() },
  sleep            : { sleep(1); 'slept' },
  integerForName   : { Integer.forName('java.lang.Runtime') },
  classLoaderSystem: { ClassLoader.systemClassLoader },
]
def lastMsg = null
on.message { msg ->
  if (msg.text != 'probe') return
  lastMsg = msg
  def results = [:]
  attempts.each { name, attempt ->
    try {
      def got = attempt()
      results[name] = got == null ? 'blocked' : 'ESCAPED: ' + String.valueOf(got).take(80)
    } catch (Throwable t) {
      results[name] = 'blocked'
    }
  }
  msg.reply('escape.groovy ' + results.collect { k, v -> k + '=' + v.replace(';', ',') }.join(';'))
}
