// Escape attempts through what the script object inherits (groovy.lang.Script and friends).
// Each attempt: "// == name | what the sandbox must name when it refuses", then its code, which
// calls escaped(capability) when it gets through. SandboxEscapeBatteryTest runs each one as its
// own script, sandboxed (it must be refused) and trusted (it must escape: the planted control).
// Code after a "// -- trusted" line replaces the attempt's code in the trusted run only.

// == overloadToInheritedEvaluate | a method named evaluate
def evaluate(int x) { x }
escaped evaluate("System.getenv().toString()")

// == implicitThisEvaluate | groovy.lang.Script.evaluate(String)
escaped evaluate("System.getenv().toString()")

// == explicitThisEvaluate | groovy.lang.Script.evaluate(String)
escaped this.evaluate("System.getenv().toString()")

// == evaluateFromClosure | groovy.lang.Script.evaluate(String)
def c = { -> evaluate("System.getenv().toString()") }
escaped c()

// == evaluateThroughMethodPointer | groovy.lang.Script.evaluate(String)
def e = this.&evaluate
escaped e("System.getenv().toString()")

// == invokeMethodOnThis | .invokeMethod(String, Object)
escaped this.invokeMethod('evaluate', "System.getenv().toString()")

// == getPropertyOnThis | .getProperty(String)
escaped this.getProperty('binding')

// == bindingVariable | groovy.lang.Script.getBinding()
escaped binding.variables

// == getBindingCall | groovy.lang.Script.getBinding()
escaped getBinding().getClass()

// == scriptMetaClass | getMetaClass()
escaped this.metaClass

// == scriptClassLoader | java.lang.Object.getClass()
escaped this.class.classLoader

// == withDelegate | java.lang.Object.with(Closure)
escaped 'java.lang.Runtime'.with { Class.forName(it) }
