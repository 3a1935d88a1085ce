// The classic escapes: processes, files, network, environment, reflection, class loading,
// evaluation, metaclasses, threads (format: see inherited.groovy).

// == runtime | java.lang.Runtime.getRuntime()
escaped Runtime.getRuntime()

// == runtimeProperty | java.lang.Runtime.getRuntime()
escaped Runtime.runtime

// == environment | java.lang.System.getenv()
escaped System.getenv()

// == systemProperty | java.lang.System.getProperty(String)
escaped System.getProperty('java.home')

// == systemOut | java.lang.System.out
escaped System.out

// == fileRead | new java.io.File(String)
escaped new File('/etc/passwd').text

// == filesRead | java.nio.file.Paths.get(
escaped java.nio.file.Files.readAllLines(java.nio.file.Paths.get('/etc/passwd'))

// == fileUrl | new java.net.URL(String)
escaped new URL('file:///etc/passwd').text

// == classForName | java.lang.Class.forName(String)
escaped Class.forName('java.lang.Runtime')

// == getClassCall | java.lang.Object.getClass()
escaped 'x'.getClass().getMethods()

// == classProperty | java.lang.Object.getClass()
escaped 'x'.class.getMethods()

// == threadCurrent | java.lang.Thread.currentThread()
escaped Thread.currentThread()

// == threadNew | new java.lang.Thread(
escaped new Thread({ -> })

// == threadStart | java.lang.Thread.start(Closure)
escaped Thread.start { }

// == groovyShell | new groovy.lang.GroovyShell()
escaped new GroovyShell().evaluate('System.getenv().toString()')

// == eval | groovy.util.Eval.me(String)
escaped Eval.me('System.getenv().toString()')

// == classMetaClass | getMetaClass()
escaped String.metaClass

// == instanceMetaClass | getMetaClass()
escaped 'x'.metaClass

// == dump | java.lang.Object.dump()
escaped 'x'.dump()

// == integerGetInteger | java.lang.Integer.getInteger(String)
escaped Integer.getInteger('sun.arch.data.model')

// == systemClassLoader | java.lang.ClassLoader.getSystemClassLoader()
escaped ClassLoader.systemClassLoader

// == reflectArray | java.lang.reflect.Array.newInstance(
escaped java.lang.reflect.Array.newInstance(String, 1)

// == processBuilder | new java.lang.ProcessBuilder(
escaped new ProcessBuilder('id').command()
