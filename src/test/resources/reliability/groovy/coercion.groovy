// Escape attempts through Groovy's conversions: typed declarations turn a list into a constructor
// call and text into a class, and so do loops, multiple assignment, returns and casts
// (format: see inherited.groovy).

// == declarationListToConstructor | java.lang.ProcessBuilder
ProcessBuilder pb = [['sh', '-c', 'id']]
escaped pb.command()

// == declarationTextToClass | java.lang.Class
Class c = 'java.lang.Runtime'
escaped c.getRuntime()

// == declarationGStringToClass | java.lang.Class
def name = 'Runtime'
Class c = "java.lang.${name}"
escaped c.getRuntime()

// == typedForVariable | java.lang.ProcessBuilder
def found = null
for (ProcessBuilder pb in [[['id']]]) { found = pb }
escaped found.command()

// == multipleAssignment | java.lang.ProcessBuilder
def (ProcessBuilder pb) = [[['id']]]
escaped pb.command()

// == methodReturnType | java.lang.Class
Class load() { 'java.lang.Runtime' }
escaped load().getRuntime()

// == castExpression | java.lang.ProcessBuilder
escaped(((ProcessBuilder) [['id']]).command())

// == asOperator | java.lang.ProcessBuilder
escaped(([['id']] as ProcessBuilder).command())

// == asTypeMethod | java.util.Collection.asType(Class)
escaped([['id']].asType(ProcessBuilder).command())

// == arrayDeclaration | java.lang.ProcessBuilder
ProcessBuilder[] all = [[['id']]]
escaped all[0].command()

// == closureParameterType | java.io.File
def read = { File f -> f.text }
escaped read(new File('/etc/passwd'))

// == textAsFile | java.io.File
escaped(('/etc/passwd' as File).text)
