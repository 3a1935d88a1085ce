// Escape attempts through Groovy's conversions: typed declarations turn a list into a constructor
// call and text into a class, and so do loops, multiple assignment, returns and casts. As in the
// review that found them, each chain ends in a MethodClosure built the same way, so no method
// call of the script's own ever names the dangerous member (format: see inherited.groovy).

// == declarationListToConstructor | java.lang.ProcessBuilder
ProcessBuilder pb = [['id']]
org.codehaus.groovy.runtime.MethodClosure start = [pb, 'start']
escaped start()

// == declarationTextToClass | java.lang.Class
Class c = 'java.lang.Runtime'
org.codehaus.groovy.runtime.MethodClosure get = [c, 'getRuntime']
escaped get()

// == declarationGStringToClass | java.lang.Class
def name = 'Runtime'
Class c = "java.lang.${name}"
org.codehaus.groovy.runtime.MethodClosure get = [c, 'getRuntime']
escaped get()

// == listToMethodClosure | org.codehaus.groovy.runtime.MethodClosure
org.codehaus.groovy.runtime.MethodClosure env = [System, 'getenv']
escaped env()

// == typedForVariable | java.lang.ProcessBuilder
def found = null
for (ProcessBuilder pb in [[['id']]]) { found = pb }
org.codehaus.groovy.runtime.MethodClosure start = [found, 'start']
escaped start()

// == multipleAssignment | java.lang.ProcessBuilder
def (ProcessBuilder pb) = [[['id']]]
org.codehaus.groovy.runtime.MethodClosure start = [pb, 'start']
escaped start()

// == methodReturnType | java.lang.Class
Class load() { 'java.lang.Runtime' }
def invoke(owner, String name) { org.codehaus.groovy.runtime.MethodClosure m = [owner, name]; m() }
escaped invoke(load(), 'getRuntime')

// == methodReturnsList | java.lang.ProcessBuilder
ProcessBuilder make() { [['id']] }
def invoke(owner, String name) { org.codehaus.groovy.runtime.MethodClosure m = [owner, name]; m() }
escaped invoke(make(), 'start')

// == castExpression | java.lang.ProcessBuilder
escaped(((ProcessBuilder) [['id']]).command())

// == asOperator | java.lang.ProcessBuilder
escaped(([['id']] as ProcessBuilder).command())

// == asTypeMethod | java.util.Collection.asType(Class)
escaped([['id']].asType(ProcessBuilder).command())

// == arrayDeclaration | java.lang.ProcessBuilder
ProcessBuilder[] all = [[['id']]]
org.codehaus.groovy.runtime.MethodClosure start = [all[0], 'start']
escaped start()

// == closureParameterType | java.io.File
def read = { File f -> f.text }
escaped read(new File('/etc/passwd'))

// == textAsFile | java.io.File
escaped(('/etc/passwd' as File).text)
