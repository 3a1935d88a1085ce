// Escape attempts the sandbox refuses before the script runs: annotations that run code while
// compiling, class declarations, direct field access, super (format: see inherited.groovy).

// == astTestAnnotation | annotations (@ASTTest)
@groovy.transform.ASTTest(value = { System.setProperty('simplex.battery.asttest', 'ran while compiling') })
def x = 1
escaped System.getProperty('simplex.battery.asttest')

// == baseScriptAnnotation | annotations (@BaseScript)
@groovy.transform.BaseScript groovy.lang.Script base
escaped this.getClass().getSuperclass()

// == classDeclaration | declaring a class
class Sneaky { static String env() { System.getenv().toString() } }
escaped Sneaky.env()

// == anonymousClass | declaring a class
def o = new Object() { String toString() { System.getenv().toString() } }
escaped o.toString()

// == directFieldAccess | direct field access (.@)
escaped store.@target

// == superCall | super
escaped super.getBinding()
